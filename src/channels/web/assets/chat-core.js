/*
 * Shared by the public chat page and the staff console: the streaming client, answer rendering
 * (citation chips, calculation breakdown, quick replies, feedback) and the clause dialog.
 * Every piece of model or user text goes through textContent; nothing untrusted reaches innerHTML.
 */
(function () {
  'use strict';

  var MAX_SAVED_ITEMS = 40;
  /**
   * The server forgets a conversation after 2 hours without a message (SESSION_TTL_MS in the chat module).
   * A saved conversation older than that (a little less, for clock and latency slack) continues as a new one.
   */
  var SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
  var SESSION_SLACK_MS = 5 * 60 * 1000;
  var EARLIER_NOTE = '以上为之前的对话，已开始新的对话';
  var INTERRUPTED = '答复未完成（页面已刷新或连接中断），请重试。';

  // ---------------------------------------------------------------- DOM helpers

  /** el('p', { className: 'x', text: '…' }, [children]) */
  function el(tag, props, children) {
    var node = document.createElement(tag);
    var p = props || {};
    Object.keys(p).forEach(function (key) {
      var value = p[key];
      if (value === undefined || value === null || value === false) return;
      if (key === 'text') node.textContent = value;
      else if (key === 'className') node.className = value;
      else if (key === 'on') Object.keys(value).forEach(function (ev) { node.addEventListener(ev, value[ev]); });
      else if (key === 'hidden') node.hidden = Boolean(value);
      else node.setAttribute(key, value === true ? '' : String(value));
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  /** Appends `text` to `node`, wrapping every range in `ranges` ([start, end) pairs, sorted) in <mark>. */
  function appendMarked(node, text, ranges) {
    var at = 0;
    ranges.forEach(function (r) {
      if (r[0] > at) node.appendChild(document.createTextNode(text.slice(at, r[0])));
      node.appendChild(el('mark', { text: text.slice(r[0], r[1]) }));
      at = r[1];
    });
    if (at < text.length) node.appendChild(document.createTextNode(text.slice(at)));
  }

  /** Ranges where any of `terms` occurs in `text` (case-insensitive), merged and sorted. */
  function findRanges(text, terms) {
    var lower = text.toLowerCase();
    var ranges = [];
    terms.forEach(function (term) {
      var t = String(term).toLowerCase();
      if (!t) return;
      for (var i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + t.length)) ranges.push([i, i + t.length]);
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    });
    return merged;
  }

  /**
   * Answers are plain text or light Markdown: keep line breaks (CSS pre-wrap), show **bold** as bold,
   * drop heading hashes and list stars that would otherwise show as noise.
   */
  function renderRichText(node, text) {
    clear(node);
    var lines = String(text).replace(/\r\n/g, '\n').split('\n');
    lines.forEach(function (line, i) {
      var clean = line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/^(\s*)[*-]\s+/, '$1• ');
      var parts = clean.split(/\*\*([^*]+)\*\*/);
      parts.forEach(function (part, j) {
        if (!part) return;
        node.appendChild(j % 2 ? el('strong', { text: part }) : document.createTextNode(part));
      });
      if (i < lines.length - 1) node.appendChild(document.createTextNode('\n'));
    });
  }

  function plainText(text) {
    return String(text)
      .replace(/\r\n/g, '\n')
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/`([^`]+)`/g, '$1');
  }

  // ---------------------------------------------------------------- numbers

  function groupDigits(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }

  /** 600000 → "60万元（600,000元）"; 5000 → "5,000元". */
  function yuanText(yuan) {
    if (typeof yuan !== 'number' || !isFinite(yuan)) return '';
    if (Math.abs(yuan) < 10000) return groupDigits(yuan) + '元';
    var wan = Math.round((yuan / 10000) * 10000) / 10000;
    return wan + '万元（' + groupDigits(yuan) + '元）';
  }

  /** 600000 → "60万元"; 5000 → "5000元" (short form for summaries). */
  function yuanShort(yuan) {
    if (Math.abs(yuan) < 10000) return yuan + '元';
    return Math.round((yuan / 10000) * 10000) / 10000 + '万元';
  }

  // ---------------------------------------------------------------- streaming

  function ChatError(message, status, code) {
    this.message = message;
    this.status = status;
    this.code = code;
  }

  function errorMessage(status) {
    if (status === 429) return '提问过于频繁，请稍后再试。';
    if (status >= 500) return '服务暂时不可用，请稍后再试。';
    return '请求未能处理，请稍后再试。';
  }

  /**
   * POST /api/chat/stream (or opts.endpoint: the console's own route) and read the Server-Sent Events from
   * the response body: `delta` appends, `replace` discards what was streamed, `done` carries the full
   * response, `error` ends with a message.
   */
  function streamChat(opts) {
    var headers = { 'content-type': 'application/json', accept: 'text/event-stream' };
    if (opts.channel) headers['x-chat-channel'] = opts.channel;
    var body = { message: opts.message };
    if (opts.sessionId) body.sessionId = opts.sessionId;
    return fetch(opts.endpoint || '/api/chat/stream', { method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'same-origin' })
      .catch(function () {
        throw new ChatError('网络连接失败，请检查网络后重试。', 0, 'NETWORK');
      })
      .then(function (res) {
        if (!res.ok || !res.body) {
          return res.json().then(
            function (j) {
              var e = j && j.error;
              throw new ChatError((e && e.message) || errorMessage(res.status), res.status, e && e.code);
            },
            function () {
              throw new ChatError(errorMessage(res.status), res.status, 'HTTP');
            },
          );
        }
        return readEvents(res.body, opts);
      });
  }

  function readEvents(stream, opts) {
    var reader = stream.getReader();
    var decoder = new TextDecoder('utf-8');
    var buffer = '';
    var final = null;
    var failure = null;

    function handle(block) {
      var event = 'message';
      var data = [];
      block.split('\n').forEach(function (line) {
        if (!line || line.charAt(0) === ':') return;
        var colon = line.indexOf(':');
        var field = colon < 0 ? line : line.slice(0, colon);
        var value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      });
      if (!data.length) return;
      var payload;
      try {
        payload = JSON.parse(data.join('\n'));
      } catch (e) {
        return;
      }
      if (event === 'delta' && opts.onDelta) opts.onDelta(String(payload.text || ''));
      else if (event === 'replace' && opts.onReplace) opts.onReplace(String(payload.text || ''));
      else if (event === 'done') final = payload;
      else if (event === 'error') {
        var e = payload.error || {};
        failure = new ChatError(e.message || '答复生成失败，请稍后再试。', 200, e.code);
      }
    }

    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) {
          buffer += decoder.decode();
          if (buffer.trim()) handle(buffer.replace(/\r\n?/g, '\n'));
          if (failure) throw failure;
          if (!final) throw new ChatError('连接中断，答复未完成，请重试。', 0, 'INCOMPLETE');
          return final;
        }
        buffer = (buffer + decoder.decode(chunk.value, { stream: true })).replace(/\r\n/g, '\n');
        var i;
        while ((i = buffer.indexOf('\n\n')) >= 0) {
          handle(buffer.slice(0, i));
          buffer = buffer.slice(i + 2);
        }
        if (failure) {
          reader.cancel().catch(function () {});
          throw failure;
        }
        return pump();
      });
    }
    return pump().catch(function (e) {
      if (e instanceof ChatError) throw e;
      throw new ChatError('连接中断，答复未完成，请重试。', 0, 'INCOMPLETE');
    });
  }

  // ---------------------------------------------------------------- quick replies

  var LEVELS = ['国家级', '省级', '市级'];

  function cleanOptions(parts) {
    var options = parts
      .map(function (p) { return p.replace(/^(是|为)/, '').replace(/的$/, '').trim(); })
      .filter(Boolean);
    var ok =
      options.length >= 2 &&
      options.length <= 6 &&
      options.every(function (p) { return p.length <= 14 && !/[，,。；;：:？?%（）()]|等$/.test(p); });
    return ok ? options : [];
  }

  var LEVEL_WORD = /^(国家级|省级|市级|区级|县级|国家)(.*)$/;
  var NONE_OF_THEM = '都没有';

  /** The question wants a figure (多少、几件…): a yes/no or a bare choice would not answer it. */
  function asksForNumber(q) {
    return /多少|(?:^|[^哪])几(?:件|项|家|个|笔|次|年|月|位|名|种)/.test(q);
  }

  /**
   * “是否新认定为国家级或省级…？”, “是否新建成国家商业秘密保护示范基地或省级商业秘密保护示范区？”,
   * “是否…国家级知识产权示范企业、国家级优势企业、省级或市级知识产权示范企业？”: the alternatives the
   * question names, each starting with a level. Levels alone when they share the rest of the name
   * (省级或市级商业秘密保护示范站点 → 省级、市级), else the full names; plus “都没有”. Yes/no would not
   * say which level, so the engine could not compute anything from it.
   */
  function namedAlternatives(q) {
    var m = /是否([^？?]+)[？?]/.exec(q);
    if (!m || !/或/.test(m[1])) return [];
    var body = m[1];
    var at = body.search(/国家级|省级|市级|区级|县级|国家/);
    if (at < 0) return [];
    var items = [];
    var parts = body.slice(at).split(/、|或者?/);
    for (var i = 0; i < parts.length; i++) {
      var lm = LEVEL_WORD.exec(parts[i].trim());
      if (!lm) return [];
      items.push({ level: lm[1], rest: lm[2] });
    }
    if (items.length < 2 || items.length > 5) return [];
    // 省级或市级知识产权示范企业: a bare level takes the rest of the name from the next alternative.
    for (var j = items.length - 1, next = ''; j >= 0; j--) {
      if (items[j].rest) next = items[j].rest;
      else items[j].rest = next;
    }
    var shared = items.every(function (it) { return it.rest === items[0].rest; });
    var options = cleanOptions(
      items.map(function (it) {
        if (!shared) return it.level + it.rest;
        return it.level === '国家' ? '国家级' : it.level;
      }),
    );
    var unique = options.filter(function (o, k) { return options.indexOf(o) === k; });
    return unique.length === options.length && unique.length >= 2 ? unique.concat([NONE_OF_THEM]) : [];
  }

  /**
   * Buttons for a follow-up question that offers a choice, read from the question's wording alone:
   * listed options (「…」 or a parenthesis closing the question, “：A、B，还是C”, “是A的，还是B的”),
   * alternatives named after 是否 (“是否…国家级或省级…”), a question about the level (哪一级), or a
   * yes/no question (是否) that does not also ask for a figure.
   *
   * Derived from the text because needsInfo carries only { fact, question }; structured options from the
   * rules (the field's choices) would be more robust if the API ever provides them.
   */
  function quickReplies(question) {
    var q = String(question || '');
    var m;
    var listed = /[「（(]([^「」（）()]+)[」）)]\s*[？?]/.exec(q) || /「([^「」]+)」/.exec(q);
    if (listed) {
      var fromList = cleanOptions(listed[1].split(/[、\/／]|或者?/));
      if (fromList.length) return fromList;
    }
    if ((m = /[：:]([^：:？?]+)[？?]/.exec(q))) {
      var afterColon = cleanOptions(m[1].split(/，?还是|[、，,\/／]|或者?/));
      if (afterColon.length) return afterColon;
    }
    if ((m = /是([^，,？?]+?)的?[，,]\s*还是([^，,？?]+?)的?[？?]/.exec(q))) {
      var either = cleanOptions([m[1], m[2]]);
      if (either.length) return either;
    }
    if (asksForNumber(q)) return [];
    var named = namedAlternatives(q);
    if (named.length) return named;
    if (/哪一级|哪个级别|什么级别|哪一层级/.test(q)) return LEVELS.slice();
    if (/是否|是不是|有没有/.test(q) && !/哪/.test(q)) return ['是', '否'];
    return [];
  }

  // ---------------------------------------------------------------- answer parts

  function uniqueCitations(citations) {
    var seen = {};
    return (citations || []).filter(function (c) {
      if (seen[c.clauseId]) return false;
      seen[c.clauseId] = true;
      return true;
    });
  }

  /** Plain text for reading out or pasting: the answer plus the clauses it relies on. */
  function callerText(response) {
    var text = plainText(response.answer).trim();
    var cited = uniqueCitations(response.citations).map(function (c) { return c.label + '（' + c.clauseId + '）'; });
    if (cited.length) text += '\n\n引用条款：' + cited.join('；');
    if (text.indexOf('征求意见稿') < 0) text += '\n（依据金东区知识产权政策征求意见稿，仅供参考，以正式文件为准。）';
    return text;
  }

  var OUTCOME_MARK = { pass: '✓', fail: '✗', unknown: '？' };
  var OUTCOME_WORD = { pass: '符合', fail: '不符合', unknown: '待核实' };

  function statusText(calc) {
    if (calc.eligible) return '符合 · ' + yuanShort(calc.amountYuan);
    if (calc.status === 'needs-info') return '待补充信息';
    return '不符合';
  }

  /** One calculation: conditions ✓/✗, calculation steps, caps, amount. */
  function renderCalculation(calc, open) {
    var steps = el('ul', { className: 'calc-steps' });
    (calc.trace || []).forEach(function (step) {
      if (step.kind === 'condition') {
        var outcome = step.outcome || 'unknown';
        steps.appendChild(
          el('li', { className: 'step cond ' + outcome }, [
            el('span', { className: 'mark', 'aria-hidden': 'true', text: OUTCOME_MARK[outcome] }),
            el('span', { className: 'sr-only', text: OUTCOME_WORD[outcome] + '：' }),
            step.detail || step.label,
          ]),
        );
      } else if (step.kind === 'calculation') {
        steps.appendChild(el('li', { className: 'step calc' }, [el('span', { className: 'mark', 'aria-hidden': 'true', text: '=' }), step.detail || step.label]));
      } else {
        steps.appendChild(el('li', { className: 'step note' }, [el('span', { className: 'mark', 'aria-hidden': 'true', text: '·' }), step.detail || step.label]));
      }
    });
    var caps = (calc.capApplied || []).map(function (cap) {
      return el('p', {
        className: 'calc-cap',
        text: '已按上限封顶：' + (cap.scope ? cap.scope + ' ' : '') + '上限' + yuanShort(cap.capYuan) + '（按比例计算为' + yuanShort(cap.uncappedYuan) + '）',
      });
    });
    var details = el('details', { className: 'calc-card ' + (calc.eligible ? 'eligible' : calc.status), open: open }, [
      el('summary', {}, [
        el('span', { className: 'calc-title', text: calc.title }),
        el('span', { className: 'calc-status', text: statusText(calc) }),
      ]),
      steps,
    ].concat(caps));
    if (calc.eligible) details.appendChild(el('p', { className: 'calc-amount', text: '测算金额：' + yuanText(calc.amountYuan) }));
    (calc.needsInfo || []).forEach(function (n) {
      details.appendChild(el('p', { className: 'calc-need', text: '还需要：' + n.question }));
    });
    return details;
  }

  function renderBreakdown(response) {
    var calcs = (response.calculations || []).slice().sort(function (a, b) { return Number(b.eligible) - Number(a.eligible); });
    if (!calcs.length) return null;
    var box = el('section', { className: 'breakdown', 'aria-label': '测算明细' });
    calcs.forEach(function (c) { box.appendChild(renderCalculation(c, calcs.length === 1)); });
    var eligible = calcs.filter(function (c) { return c.eligible; });
    if (eligible.length > 1 && typeof response.totalYuan === 'number') {
      box.appendChild(el('p', { className: 'calc-total', text: '合计：' + yuanText(response.totalYuan) }));
    }
    return box;
  }

  function renderChips(citations, onOpen) {
    var list = uniqueCitations(citations);
    if (!list.length) return null;
    var box = el('div', { className: 'chips', role: 'group', 'aria-label': '引用条款' });
    list.forEach(function (c) {
      box.appendChild(
        el('button', {
          type: 'button',
          className: 'chip',
          title: c.label,
          'aria-label': '查看条款原文：' + c.label,
          text: c.label,
          on: { click: function () { onOpen(c.clauseId, c.quote); } },
        }),
      );
    });
    return box;
  }

  // ---------------------------------------------------------------- clause dialog

  function ClauseDialog(dialog) {
    this.dialog = dialog;
    this.title = dialog.querySelector('[id$="-title"]');
    this.path = dialog.querySelector('.clause-path');
    this.text = dialog.querySelector('.clause-text');
    this.cache = {};
    this.opener = null;
    var self = this;
    dialog.querySelectorAll('[data-close]').forEach(function (b) {
      b.addEventListener('click', function () { self.close(); });
    });
    dialog.addEventListener('click', function (e) {
      if (e.target === dialog) self.close();
    });
    dialog.addEventListener('close', function () {
      if (self.opener && self.opener.focus) self.opener.focus();
    });
  }

  ClauseDialog.prototype.fetchClause = function (clauseId) {
    if (!this.cache[clauseId]) {
      this.cache[clauseId] = fetch('/api/clauses/' + encodeURIComponent(clauseId)).then(function (res) {
        return res.json().then(function (body) {
          if (!res.ok) throw new Error((body.error && body.error.message) || '条款加载失败');
          return body;
        });
      });
      var cache = this.cache;
      this.cache[clauseId].catch(function () { delete cache[clauseId]; });
    }
    return this.cache[clauseId];
  };

  ClauseDialog.prototype.open = function (clauseId, quote) {
    var self = this;
    this.opener = document.activeElement;
    this.title.textContent = '条款原文';
    this.path.textContent = '';
    clear(this.text);
    this.text.appendChild(el('p', { className: 'muted', text: '正在加载…' }));
    if (typeof this.dialog.showModal === 'function') {
      if (!this.dialog.open) this.dialog.showModal();
    } else {
      this.dialog.setAttribute('open', '');
    }
    return this.fetchClause(clauseId).then(
      function (clause) {
        self.title.textContent = clause.label;
        self.path.textContent = (clause.headingPath || []).join(' › ') + '　编号 ' + clause.clauseId;
        clear(self.text);
        var at = quote ? clause.text.indexOf(quote) : -1;
        appendMarked(self.text, clause.text, at >= 0 ? [[at, at + quote.length]] : []);
        var mark = self.text.querySelector('mark');
        if (mark && mark.scrollIntoView) mark.scrollIntoView({ block: 'nearest' });
      },
      function (e) {
        clear(self.text);
        self.text.appendChild(el('p', { className: 'error', role: 'alert', text: e.message || '条款加载失败' }));
      },
    );
  };

  ClauseDialog.prototype.close = function () {
    if (typeof this.dialog.close === 'function' && this.dialog.open) this.dialog.close();
    else this.dialog.removeAttribute('open');
  };

  // ---------------------------------------------------------------- clipboard

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return legacyCopy(text); },
      );
    }
    return Promise.resolve(legacyCopy(text));
  }

  /** A copy button with its status line (announced to screen readers): [button, status]. */
  function copyAction(label, getText, className, failText) {
    var status = el('span', { className: 'action-status', role: 'status' });
    var button = el('button', {
      type: 'button',
      className: className || 'button-quiet',
      text: label,
      on: {
        click: function () {
          copyText(getText()).then(function (ok) {
            status.textContent = ok ? '已复制' : failText || '复制失败';
          });
        },
      },
    });
    return [button, status];
  }

  function legacyCopy(text) {
    var area = el('textarea', { readonly: true, className: 'offscreen' });
    area.value = text;
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try {
      ok = document.execCommand('copy');
    } catch (e) {
      ok = false;
    }
    document.body.removeChild(area);
    return ok;
  }

  // ---------------------------------------------------------------- feedback

  var SVG_NS = 'http://www.w3.org/2000/svg';
  // Material Design "thumb up" (Apache-2.0); drawn inline so it never depends on an emoji font.
  var THUMB_PATH =
    'M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z';

  /** A thumb icon (up, or down when `down`), decorative: the button's text names it. */
  function thumbIcon(down) {
    var svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '18');
    svg.setAttribute('height', '18');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('class', 'icon');
    var path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', THUMB_PATH);
    path.setAttribute('fill', 'currentColor');
    if (down) path.setAttribute('transform', 'rotate(180 12 12)');
    svg.appendChild(path);
    return svg;
  }

  function sendFeedback(body) {
    return fetch('/api/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    }).then(function (res) {
      if (res.ok) return;
      return res.json().then(
        function (j) { throw new Error((j.error && j.error.message) || '反馈提交失败'); },
        function () { throw new Error('反馈提交失败，请稍后再试'); },
      );
    });
  }

  // ---------------------------------------------------------------- the chat view

  /**
   * opts: { list, scroller, form, input, send, newButton, starters, channel, storageKey, storage?, copyLabel, dialog }
   */
  function ChatView(opts) {
    this.o = opts;
    this.busy = false;
    this.state = this.load();
    if (this.expired) this.save();
    var self = this;
    opts.form.addEventListener('submit', function (e) {
      e.preventDefault();
      self.ask(opts.input.value);
    });
    opts.input.addEventListener('keydown', function (e) {
      // Enter sends, Shift+Enter breaks the line; never while an input method is composing Chinese.
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
        e.preventDefault();
        self.ask(opts.input.value);
      }
    });
    opts.input.addEventListener('input', function () { self.autosize(); });
    if (opts.newButton) opts.newButton.addEventListener('click', function () { self.reset(); });
    if (opts.starters) {
      opts.starters.querySelectorAll('button').forEach(function (b) {
        b.addEventListener('click', function () { self.ask(b.textContent); });
      });
    }
    this.renderAll();
  }

  /**
   * opts.storage: window.localStorage by default (the public page keeps the conversation across visits);
   * the console passes sessionStorage. Callers wrap the use in try: storage may be missing or refuse.
   */
  ChatView.prototype.storage = function () {
    return this.o.storage !== undefined ? this.o.storage : window.localStorage;
  };

  ChatView.prototype.load = function () {
    try {
      var saved = JSON.parse(this.storage().getItem(this.o.storageKey) || 'null');
      if (saved && Array.isArray(saved.items)) {
        var state = { sessionId: saved.sessionId || null, savedAt: Number(saved.savedAt) || 0, items: saved.items };
        this.expired = expireIfIdle(state, Date.now());
        return state;
      }
    } catch (e) {
      /* storage unavailable or corrupt: start afresh */
    }
    return { sessionId: null, savedAt: 0, items: [] };
  };

  /**
   * Past the server's idle expiry the session id names a conversation the server no longer knows:
   * drop it and mark what came before as earlier, so nobody assumes the assistant still remembers it.
   */
  function expireIfIdle(state, now) {
    if (!state.sessionId || now - (state.savedAt || 0) < SESSION_IDLE_MS - SESSION_SLACK_MS) return false;
    markEarlier(state);
    return true;
  }

  /** What was said so far stays on screen as an earlier conversation; the next question starts a new one. */
  function markEarlier(state) {
    state.sessionId = null;
    state.items.push({ role: 'divider', text: EARLIER_NOTE });
  }

  ChatView.prototype.save = function () {
    this.state.items = this.state.items.slice(-MAX_SAVED_ITEMS);
    try {
      this.storage().setItem(this.o.storageKey, JSON.stringify(this.state));
    } catch (e) {
      /* private mode or full: the conversation still works, it just is not kept */
    }
  };

  /** The question answered in `li` began a new conversation: the divider goes before that question. */
  ChatView.prototype.markEarlierBefore = function (li) {
    var items = this.state.items;
    var at = items.length;
    while (at > 0 && items[at - 1].role !== 'user') at--;
    items.splice(at > 0 ? at - 1 : items.length, 0, { role: 'divider', text: EARLIER_NOTE });
    var question = li.previousSibling;
    this.o.list.insertBefore(this.dividerNode(EARLIER_NOTE), question && question.classList.contains('user') ? question : li);
  };

  ChatView.prototype.reset = function () {
    this.state = { sessionId: null, savedAt: 0, items: [] };
    try {
      this.storage().removeItem(this.o.storageKey);
    } catch (e) {
      /* ignore */
    }
    this.renderAll();
    this.o.input.value = '';
    this.o.input.focus();
  };

  ChatView.prototype.autosize = function () {
    var input = this.o.input;
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight, 160) + 'px';
  };

  ChatView.prototype.scrollToEnd = function () {
    var s = this.o.scroller;
    if (s) s.scrollTop = s.scrollHeight;
  };

  ChatView.prototype.renderAll = function () {
    var self = this;
    var items = this.state.items;
    clear(this.o.list);
    items.forEach(function (item, i) {
      self.o.list.appendChild(self.itemNode(item, i === items.length - 1));
    });
    // A question saved without its answer: the page was reloaded (or closed) while the answer streamed.
    var last = items[items.length - 1];
    if (last && last.role === 'user') {
      var li = el('li', { className: 'msg assistant' });
      this.fillAssistant(li, { role: 'assistant', error: INTERRUPTED, retry: last.text }, true);
      this.o.list.appendChild(li);
    }
    if (this.o.starters) this.o.starters.hidden = items.length > 0;
    this.scrollToEnd();
  };

  ChatView.prototype.itemNode = function (item, latest) {
    if (item.role === 'user') return this.userNode(item.text);
    if (item.role === 'divider') return this.dividerNode(item.text);
    return this.assistantNode(item, latest);
  };

  ChatView.prototype.dividerNode = function (text) {
    return el('li', { className: 'msg divider', role: 'separator', 'aria-label': text }, [el('span', { text: text })]);
  };

  ChatView.prototype.userNode = function (text) {
    return el('li', { className: 'msg user' }, [el('span', { className: 'sr-only', text: '我：' }), el('div', { className: 'bubble', text: text })]);
  };

  ChatView.prototype.assistantNode = function (item, latest) {
    var li = el('li', { className: 'msg assistant' });
    this.fillAssistant(li, item, latest);
    return li;
  };

  ChatView.prototype.fillAssistant = function (li, item, latest) {
    var self = this;
    var r = item.response;
    clear(li);
    li.removeAttribute('aria-busy');
    li.appendChild(el('span', { className: 'sr-only', text: '助手：' }));
    var bubble = el('div', { className: 'bubble' });
    li.appendChild(bubble);
    if (!r) {
      bubble.classList.add('error');
      bubble.appendChild(el('p', { role: 'alert', text: item.error || '答复未完成。' }));
      if (item.retry) {
        bubble.appendChild(
          el('button', { type: 'button', className: 'button-quiet', text: '重试', on: { click: function () { self.retry(li, item); } } }),
        );
      }
      return;
    }
    var answer = el('div', { className: 'answer' });
    renderRichText(answer, r.answer);
    bubble.appendChild(answer);
    var breakdown = renderBreakdown(r);
    if (breakdown) bubble.appendChild(breakdown);
    var chips = renderChips(r.citations, function (id, quote) { self.o.dialog.open(id, quote); });
    if (chips) bubble.appendChild(chips);
    if (latest) {
      var first = (r.needsInfo || [])[0];
      var options = first ? quickReplies(first.question) : [];
      if (options.length) {
        var quick = el('div', { className: 'quick-replies', role: 'group', 'aria-label': '快捷回答：' + first.question });
        options.forEach(function (option) {
          quick.appendChild(el('button', { type: 'button', className: 'quick', text: option, on: { click: function () { self.ask(option); } } }));
        });
        bubble.appendChild(quick);
      }
    }
    li.appendChild(this.actions(item));
  };

  ChatView.prototype.actions = function (item) {
    var self = this;
    var r = item.response;
    var copyParts = copyAction(this.o.copyLabel || '复制', function () { return callerText(r); }, 'action', '复制失败，请手动选择文字复制');
    var copy = copyParts[0];
    var status = copyParts[1];
    var up = el('button', { type: 'button', className: 'action rate', 'aria-pressed': String(item.rating === 'up') }, [thumbIcon(false), '有帮助']);
    var down = el('button', { type: 'button', className: 'action rate', 'aria-pressed': String(item.rating === 'down') }, [thumbIcon(true), '没帮助']);
    var commentBox = el('form', { className: 'feedback-form', hidden: true });
    var commentId = 'comment-' + r.turnId;
    var comment = el('textarea', { id: commentId, maxlength: 500, rows: 2, placeholder: '哪里不对或缺了什么？请勿填写手机号等个人信息。' });
    commentBox.appendChild(el('label', { for: commentId, text: '补充意见（可选）' }));
    commentBox.appendChild(comment);
    commentBox.appendChild(el('button', { type: 'submit', className: 'button-quiet', text: '提交意见' }));

    function rate(rating, withComment) {
      var body = { sessionId: r.sessionId, turnId: r.turnId, rating: rating };
      if (withComment && comment.value.trim()) body.comment = comment.value.trim();
      return sendFeedback(body).then(
        function () {
          item.rating = rating;
          self.save();
          up.setAttribute('aria-pressed', String(rating === 'up'));
          down.setAttribute('aria-pressed', String(rating === 'down'));
          status.textContent = withComment ? '已收到您的意见，谢谢！' : '感谢您的反馈';
          if (withComment) commentBox.hidden = true;
        },
        function (e) {
          status.textContent = e.message;
        },
      );
    }
    up.addEventListener('click', function () {
      rate('up', false).then(function () { commentBox.hidden = false; });
    });
    down.addEventListener('click', function () {
      rate('down', false).then(function () {
        commentBox.hidden = false;
        comment.focus();
      });
    });
    commentBox.addEventListener('submit', function (e) {
      e.preventDefault();
      rate(item.rating || 'down', true);
    });
    return el('div', { className: 'actions' }, [copy, up, down, status, commentBox]);
  };

  ChatView.prototype.ask = function (raw) {
    var text = String(raw || '').trim();
    if (!text || this.busy) return;
    if (text.length > 2000) text = text.slice(0, 2000);
    this.o.input.value = '';
    this.autosize();
    // A page left open past the server's expiry: the next question starts a new conversation, visibly.
    if (expireIfIdle(this.state, Date.now())) this.o.list.appendChild(this.dividerNode(EARLIER_NOTE));
    var user = { role: 'user', text: text };
    this.state.items.push(user);
    this.save();
    // Quick replies belong to the latest answer only.
    this.o.list.querySelectorAll('.quick-replies').forEach(function (q) { q.parentNode.removeChild(q); });
    if (this.o.starters) this.o.starters.hidden = true;
    this.o.list.appendChild(this.userNode(text));
    var li = el('li', { className: 'msg assistant' });
    this.o.list.appendChild(li);
    this.run(li, text);
  };

  /**
   * A question brought from elsewhere (the WeChat reply's link, `/?q=`): asked in a new conversation, since
   * the page does not know the conversation it came from; what was shown before stays, above a divider.
   */
  ChatView.prototype.askFresh = function (raw) {
    if (this.busy) return;
    if (this.state.items.length) {
      markEarlier(this.state);
      this.o.list.appendChild(this.dividerNode(EARLIER_NOTE));
    }
    this.ask(raw);
  };

  ChatView.prototype.retry = function (li, item) {
    var index = this.state.items.indexOf(item);
    if (index >= 0) this.state.items.splice(index, 1);
    this.run(li, item.retry);
  };

  ChatView.prototype.run = function (li, text) {
    var self = this;
    this.busy = true;
    this.o.send.disabled = true;
    clear(li);
    li.setAttribute('aria-busy', 'true');
    var bubble = el('div', { className: 'bubble streaming' });
    var live = el('div', { className: 'answer' });
    var typing = el('p', { className: 'typing', text: '正在查找条款并生成答复' }, [el('span', { className: 'dots', 'aria-hidden': 'true' })]);
    bubble.appendChild(typing);
    bubble.appendChild(live);
    li.appendChild(bubble);
    this.scrollToEnd();
    var streamed = '';
    function show(t) {
      streamed = t;
      if (typing.parentNode) typing.parentNode.removeChild(typing);
      live.textContent = streamed;
      self.scrollToEnd();
    }
    var sentId = this.state.sessionId;
    streamChat({
      message: text,
      sessionId: sentId,
      channel: this.o.channel,
      endpoint: this.o.endpoint,
      onDelta: function (t) { show(streamed + t); },
      onReplace: function (t) { show(t); },
    })
      .then(function (response) {
        // Another id back: the server no longer held this conversation (expired, restarted) and began a new one.
        if (sentId && response.sessionId !== sentId) self.markEarlierBefore(li);
        self.state.sessionId = response.sessionId;
        self.state.savedAt = Date.now();
        var item = { role: 'assistant', response: response };
        self.state.items.push(item);
        self.save();
        self.fillAssistant(li, item, true);
      })
      .catch(function (e) {
        var item = { role: 'assistant', error: e.message || '答复失败，请稍后再试。', retry: e.status === 400 ? null : text };
        self.fillAssistant(li, item, true);
      })
      .then(function () {
        self.busy = false;
        self.o.send.disabled = false;
        self.scrollToEnd();
      });
  };

  window.JdChat = {
    SESSION_IDLE_MS: SESSION_IDLE_MS,
    el: el,
    clear: clear,
    appendMarked: appendMarked,
    findRanges: findRanges,
    renderRichText: renderRichText,
    yuanText: yuanText,
    yuanShort: yuanShort,
    streamChat: streamChat,
    quickReplies: quickReplies,
    callerText: callerText,
    renderCalculation: renderCalculation,
    renderChips: renderChips,
    copyText: copyText,
    copyAction: copyAction,
    ClauseDialog: ClauseDialog,
    ChatView: ChatView,
  };
})();
