/*
 * The hotline staff console: clause search and tree, calculators generated from the rules' JSON Schemas,
 * the chat with a "copy for the caller" button, and the list of questions to improve. Served only to a
 * signed-in session. All text from the server is rendered with textContent.
 */
(function () {
  'use strict';
  var C = window.JdChat;
  var el = C.el;
  var $ = function (id) { return document.getElementById(id); };
  var dialog = new C.ClauseDialog($('clause-dialog'));

  function getJson(url, init) {
    return fetch(url, Object.assign({ credentials: 'same-origin' }, init || {})).then(function (res) {
      if (res.status === 401) throw Object.assign(new Error('登录已过期，请刷新页面重新登录。'), { status: 401 });
      return res.json().then(
        function (body) {
          if (!res.ok) throw Object.assign(new Error((body.error && body.error.message) || '请求失败'), { status: res.status, body: body });
          return body;
        },
        function () {
          throw Object.assign(new Error('服务暂时不可用，请稍后再试。'), { status: res.status });
        },
      );
    });
  }

  // ------------------------------------------------------------------ tabs

  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
  var onShow = {};

  function selectTab(tab, focus) {
    tabs.forEach(function (t) {
      var selected = t === tab;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
      $(t.getAttribute('aria-controls')).hidden = !selected;
    });
    if (focus) tab.focus();
    // The chat fills the window below the header (its own scroller, the input always on screen).
    document.body.classList.toggle('chat-open', tab.id === 'tab-chat');
    var hook = onShow[tab.id];
    if (hook) hook();
  }

  tabs.forEach(function (tab, i) {
    tab.addEventListener('click', function () { selectTab(tab, false); });
    tab.addEventListener('keydown', function (e) {
      var step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step) {
        e.preventDefault();
        selectTab(tabs[(i + step + tabs.length) % tabs.length], true);
      }
    });
  });

  document.addEventListener('keydown', function (e) {
    if (e.altKey && /^[1-4]$/.test(e.key)) {
      e.preventDefault();
      var tab = tabs[Number(e.key) - 1];
      selectTab(tab, false);
      var first = { 'tab-clauses': 'clause-query', 'tab-calc': 'rule-select', 'tab-chat': 'message', 'tab-gaps': 'gaps-days' }[tab.id];
      if (first) $(first).focus();
      return;
    }
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement && document.activeElement.tagName);
    if (e.key === '/' && !typing) {
      e.preventDefault();
      selectTab(tabs[0], false);
      $('clause-query').focus();
    }
  });

  // ------------------------------------------------------------------ clauses

  var clauses = [];
  var byId = {};
  var currentTerms = [];

  function loadClauses() {
    return getJson('/api/console/clauses').then(function (list) {
      clauses = list;
      list.forEach(function (c) { byId[c.clauseId] = c; });
      renderTree();
      var fromHash = /^#clause=(.+)$/.exec(window.location.hash);
      if (fromHash && byId[decodeURIComponent(fromHash[1])]) showClause(decodeURIComponent(fromHash[1]), false);
    });
  }

  function renderTree() {
    var root = $('clause-tree');
    C.clear(root);
    function node(c) {
      var item = el('li', {}, [
        el('button', { type: 'button', className: 'tree-link', 'data-clause': c.clauseId, text: c.label, on: { click: function () { showClause(c.clauseId, true); } } }),
      ]);
      if (c.childIds && c.childIds.length) {
        var sub = el('ul');
        c.childIds.forEach(function (id) { if (byId[id]) sub.appendChild(node(byId[id])); });
        item.appendChild(sub);
      }
      return item;
    }
    clauses.filter(function (c) { return !c.parentId || !byId[c.parentId]; }).forEach(function (c) { root.appendChild(node(c)); });
  }

  function showClause(id, focus) {
    var c = byId[id];
    if (!c) return;
    var view = $('clause-view');
    C.clear(view);
    view.appendChild(el('h2', { text: c.label }));
    view.appendChild(el('p', { className: 'muted', text: (c.headingPath || []).join(' › ') + '　编号 ' + c.clauseId }));
    var text = el('div', { className: 'clause-text' });
    C.appendMarked(text, c.text, C.findRanges(c.text, currentTerms));
    view.appendChild(text);
    view.appendChild(el('div', { className: 'actions' }, C.copyAction('复制原文', function () { return c.label + '（' + c.clauseId + '）：' + c.text; })));
    var parent = c.parentId && byId[c.parentId];
    var related = (parent ? [parent] : []).concat((c.childIds || []).map(function (x) { return byId[x]; }).filter(Boolean));
    if (related.length) {
      var list = el('ul', { className: 'related' });
      related.forEach(function (r) {
        list.appendChild(el('li', {}, [el('button', { type: 'button', className: 'link', text: (r === parent ? '上级：' : '') + r.label, on: { click: function () { showClause(r.clauseId, true); } } })]));
      });
      view.appendChild(list);
    }
    document.querySelectorAll('.tree-link[aria-current]').forEach(function (b) { b.removeAttribute('aria-current'); });
    var link = document.querySelector('.tree-link[data-clause="' + CSS.escape(id) + '"]');
    if (link) link.setAttribute('aria-current', 'true');
    if (window.history && window.history.replaceState) window.history.replaceState(null, '', '#clause=' + encodeURIComponent(id));
    if (focus) view.focus();
  }

  /** Pieces of the query (2+ characters, longest first) that occur in the text: what to highlight. */
  function sharedTerms(query, text) {
    var q = query.replace(/\s+/g, '');
    var terms = [];
    for (var i = 0; i < q.length; ) {
      var found = 0;
      for (var len = q.length - i; len >= 2; len--) {
        if (text.indexOf(q.substr(i, len)) >= 0) {
          found = len;
          break;
        }
      }
      if (found) {
        terms.push(q.substr(i, found));
        i += found;
      } else {
        i++;
      }
    }
    return terms;
  }

  function resultItem(c, terms, note) {
    var snippet = el('span', { className: 'result-text' });
    C.appendMarked(snippet, c.text, C.findRanges(c.text, terms));
    var label = el('span', { className: 'result-label' });
    C.appendMarked(label, c.label, C.findRanges(c.label, terms));
    return el('li', {}, [
      el('button', {
        type: 'button',
        className: 'result',
        on: { click: function () { currentTerms = terms; showClause(c.clauseId, true); } },
      }, [label, note ? el('span', { className: 'result-note', text: note }) : null, snippet]),
    ]);
  }

  var searchTimer = null;
  var searchSeq = 0;

  function search(query) {
    var q = query.trim();
    var list = $('search-results');
    var summary = $('search-summary');
    var seq = ++searchSeq;
    C.clear(list);
    if (!q) {
      summary.textContent = '';
      currentTerms = [];
      return;
    }
    var direct = byId[q] || byId[q.toLowerCase()];
    if (direct) {
      summary.textContent = '编号 ' + direct.clauseId;
      list.appendChild(resultItem(direct, [], null));
      return;
    }
    var terms = q.split(/\s+/).filter(Boolean);
    currentTerms = terms;
    var leaves = clauses.filter(function (c) { return !c.childIds || !c.childIds.length; });
    var literal = leaves.filter(function (c) {
      var hay = (c.label + '\n' + c.text).toLowerCase();
      return terms.every(function (t) { return hay.indexOf(t.toLowerCase()) >= 0; });
    });
    literal.forEach(function (c) { list.appendChild(resultItem(c, terms, null)); });
    var literalSummary = literal.length ? '原文包含“' + q + '”的条款 ' + literal.length + ' 条' : '原文中没有“' + q + '”';
    // Related clauses are looked up only from two characters on; a single character just says what it found.
    var related = q.length >= 2;
    summary.textContent = literal.length || !related ? literalSummary : literalSummary + '，正在查找相关条款…';
    if (!related) return;
    getJson('/api/clauses?k=8&q=' + encodeURIComponent(q.slice(0, 500)))
      .then(function (hits) {
        if (seq !== searchSeq) return;
        var shown = {};
        literal.forEach(function (c) { shown[c.clauseId] = true; });
        var extra = hits.filter(function (h) { return !shown[h.clauseId] && byId[h.clauseId]; });
        extra.forEach(function (h) {
          var c = byId[h.clauseId];
          list.appendChild(resultItem(c, sharedTerms(q, c.text), '相关'));
        });
        summary.textContent = literalSummary + (extra.length ? '；相关条款 ' + extra.length + ' 条' : '');
      })
      .catch(function (e) {
        if (seq === searchSeq && !literal.length) summary.textContent = e.message;
      });
  }

  $('clause-query').addEventListener('input', function (e) {
    clearTimeout(searchTimer);
    var value = e.target.value;
    searchTimer = setTimeout(function () { search(value); }, 200);
  });
  $('clause-search').addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(searchTimer);
    search($('clause-query').value);
    var first = document.querySelector('#search-results .result');
    if (first) first.focus();
  });

  // ------------------------------------------------------------------ calculator

  var rules = [];
  var fields = [];

  function parseAmount(text, integer) {
    var t = String(text).replace(/[,，\s]/g, '');
    if (!t) return { set: false };
    var m = /^(-?\d+(?:\.\d+)?)(万|亿)?(元|件|个|项|家|月|%)?$/.exec(t);
    if (!m) return { error: '请输入数字，如 200000 或 20万' };
    var value = Number(m[1]) * (m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : 1);
    value = Math.round(value * 1e6) / 1e6;
    if (integer && !Number.isInteger(value)) return { error: '应为整数' };
    return { set: true, value: value };
  }

  var fieldSeq = 0;

  /** A form control for one JSON Schema property; returns { node, fail(message), read() → { set, value } | { error } }. */
  function buildField(name, schema, required, path) {
    var id = 'f' + ++fieldSeq;
    var labelText = (schema.description || name) + (required ? '（必填）' : '');
    var type = schema.type;
    var wrap = el('div', { className: 'field', 'data-path': path });
    var error = el('p', { className: 'field-error', id: id + '-error', role: 'alert', hidden: true });

    function fail(message) {
      error.textContent = message;
      error.hidden = !message;
    }
    /** Every kind of field ends the same way: its controls, then its error line. */
    function finish(nodes, read) {
      nodes.forEach(function (n) { wrap.appendChild(n); });
      wrap.appendChild(error);
      return { node: wrap, fail: fail, read: read };
    }
    function labelled(control, read) {
      return finish([el('label', { for: id, text: labelText }), control], read);
    }

    if ((type === 'integer' || type === 'number') && !schema.enum) {
      var input = el('input', { id: id, type: 'text', inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': id + '-error' });
      return labelled(input, function () { return parseAmount(input.value, type === 'integer'); });
    }
    if (type === 'boolean') {
      var yesNo = el('select', { id: id, 'aria-describedby': id + '-error' }, [
        el('option', { value: '', text: '未知 / 未填写' }),
        el('option', { value: 'true', text: '是' }),
        el('option', { value: 'false', text: '否' }),
      ]);
      return labelled(yesNo, function () { return yesNo.value ? { set: true, value: yesNo.value === 'true' } : { set: false }; });
    }
    if (type === 'string' && Array.isArray(schema.enum)) {
      var choice = el('select', { id: id, 'aria-describedby': id + '-error' }, [el('option', { value: '', text: '未填写' })].concat(
        schema.enum.map(function (v) { return el('option', { value: v, text: v }); }),
      ));
      return labelled(choice, function () { return choice.value ? { set: true, value: choice.value } : { set: false }; });
    }
    if (type === 'string') {
      var textInput = el('input', { id: id, type: 'text', autocomplete: 'off', maxlength: schema.maxLength || 200, 'aria-describedby': id + '-error' });
      return labelled(textInput, function () { var v = textInput.value.trim(); return v ? { set: true, value: v } : { set: false }; });
    }
    if (type === 'array' && schema.items && schema.items.type === 'string' && Array.isArray(schema.items.enum)) {
      return schema.maxItems ? countsField(schema, labelText, finish) : choicesField(schema, labelText, finish, id);
    }
    if (type === 'array' && schema.items && schema.items.type === 'object' && schema.items.properties) {
      return rowsField(schema, labelText, finish, path);
    }
    // Anything else: raw JSON, so a new kind of input never blocks a calculation.
    var area = el('textarea', { id: id, rows: 3, placeholder: 'JSON', 'aria-describedby': id + '-error' });
    return finish([el('label', { for: id, text: labelText + '（JSON）' }), area], function () {
      if (!area.value.trim()) return { set: false };
      try {
        return { set: true, value: JSON.parse(area.value) };
      } catch (e) {
        return { error: 'JSON 格式不正确' };
      }
    });
  }

  /** Several distinct options (e.g. levels recognised this year): checkboxes plus “没有”. */
  function choicesField(schema, labelText, finish, id) {
    var set = el('fieldset', { className: 'choices' }, [el('legend', { text: labelText })]);
    var none = el('input', { type: 'checkbox', id: id + '-none' });
    var boxes = schema.items.enum.map(function (v, i) {
      var box = el('input', { type: 'checkbox', id: id + '-' + i, value: v });
      box.addEventListener('change', function () { if (box.checked) none.checked = false; });
      set.appendChild(el('span', { className: 'choice' }, [box, el('label', { for: id + '-' + i, text: v })]));
      return box;
    });
    none.addEventListener('change', function () { if (none.checked) boxes.forEach(function (b) { b.checked = false; }); });
    set.appendChild(el('span', { className: 'choice none' }, [none, el('label', { for: id + '-none', text: '没有' })]));
    return finish([set], function () {
      var chosen = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      if (chosen.length) return { set: true, value: chosen };
      return none.checked ? { set: true, value: [] } : { set: false };
    });
  }

  /** A list that may repeat an option (one entry per award won): a count per option. */
  function countsField(schema, labelText, finish) {
    var set = el('fieldset', { className: 'counts' }, [el('legend', { text: labelText + '（填写各项数量，0 表示没有）' })]);
    var inputs = schema.items.enum.map(function (v) {
      var id = 'f' + ++fieldSeq;
      var input = el('input', { id: id, type: 'text', inputmode: 'numeric', autocomplete: 'off', className: 'count' });
      set.appendChild(el('span', { className: 'count-item' }, [el('label', { for: id, text: v }), input]));
      return { option: v, input: input };
    });
    return finish([set], function () {
      var value = [];
      var any = false;
      for (var i = 0; i < inputs.length; i++) {
        var raw = inputs[i].input.value.trim();
        if (!raw) continue;
        any = true;
        if (!/^\d{1,3}$/.test(raw)) return { error: inputs[i].option + '的数量应为整数' };
        for (var n = 0; n < Number(raw); n++) value.push(inputs[i].option);
      }
      return any ? { set: true, value: value } : { set: false };
    });
  }

  /** A list of records (e.g. one entry per loan): repeatable rows of sub-fields, plus “没有”. */
  function rowsField(schema, labelText, finish, path) {
    var set = el('fieldset', { className: 'rows' }, [el('legend', { text: labelText })]);
    var rowsBox = el('div', { className: 'row-list' });
    var noneId = 'f' + ++fieldSeq;
    var none = el('input', { type: 'checkbox', id: noneId });
    var rows = [];
    var requiredKeys = schema.items.required || [];
    function addRow() {
      none.checked = false;
      var row = { fields: [] };
      var box = el('fieldset', { className: 'row' }, [el('legend', { text: '第 ' + (rows.length + 1) + ' 项' })]);
      Object.keys(schema.items.properties).forEach(function (key) {
        var f = buildField(key, schema.items.properties[key], requiredKeys.indexOf(key) >= 0, path + '.' + rows.length + '.' + key);
        row.fields.push({ key: key, field: f });
        box.appendChild(f.node);
      });
      box.appendChild(
        el('button', {
          type: 'button',
          className: 'button-quiet',
          text: '删除此项',
          on: {
            click: function () {
              rows.splice(rows.indexOf(row), 1);
              rowsBox.removeChild(box);
            },
          },
        }),
      );
      row.box = box;
      rows.push(row);
      rowsBox.appendChild(box);
      var firstControl = box.querySelector('input, select');
      if (firstControl) firstControl.focus();
    }
    none.addEventListener('change', function () {
      if (!none.checked) return;
      rows.splice(0).forEach(function (r) { rowsBox.removeChild(r.box); });
    });
    set.appendChild(rowsBox);
    set.appendChild(
      el('div', { className: 'row-buttons' }, [
        el('button', { type: 'button', className: 'button-quiet', text: '＋ 添加一项', on: { click: addRow } }),
        el('span', { className: 'choice none' }, [none, el('label', { for: noneId, text: '没有' })]),
      ]),
    );
    return finish([set], function () {
      if (!rows.length) return none.checked ? { set: true, value: [] } : { set: false };
      var value = [];
      for (var i = 0; i < rows.length; i++) {
        var item = {};
        for (var j = 0; j < rows[i].fields.length; j++) {
          var r = rows[i].fields[j].field.read();
          if (r.error) return { error: '第 ' + (i + 1) + ' 项：' + r.error };
          if (r.set) item[rows[i].fields[j].key] = r.value;
        }
        value.push(item);
      }
      return { set: true, value: value };
    });
  }

  function currentRule() {
    var id = $('rule-select').value;
    return rules.filter(function (r) { return r.id === id; })[0];
  }

  function buildForm() {
    var rule = currentRule();
    var box = $('calc-fields');
    C.clear(box);
    C.clear($('calc-result'));
    fields = [];
    if (!rule) return;
    $('rule-clause').textContent = '依据 ' + rule.clauseLabel + '（' + rule.clauseId + '）';
    var schema = rule.inputSchema || {};
    var required = schema.required || [];
    Object.keys(schema.properties || {}).forEach(function (key) {
      var f = buildField(key, schema.properties[key], required.indexOf(key) >= 0, 'facts.' + key);
      fields.push({ key: key, field: f });
      box.appendChild(f.node);
    });
  }

  function shortLabel(label) {
    return String(label).split(' ')[0];
  }

  function loadRules() {
    return getJson('/api/rules').then(function (list) {
      rules = list;
      var select = $('rule-select');
      C.clear(select);
      list.forEach(function (r) {
        select.appendChild(el('option', { value: r.id, text: shortLabel(r.clauseLabel) + ' · ' + r.title }));
      });
      buildForm();
    });
  }

  function showCalculation(calc) {
    var box = $('calc-result');
    C.clear(box);
    var headline = calc.eligible
      ? '可获 ' + C.yuanText(calc.amountYuan)
      : calc.status === 'needs-info'
        ? '还需补充信息才能测算'
        : '不符合条件（0元）';
    box.appendChild(el('h2', { className: 'calc-headline ' + (calc.eligible ? 'ok' : calc.status), text: headline }));
    box.appendChild(C.renderCalculation(calc, true));
    if (calc.needsInfo && calc.needsInfo.length) {
      box.appendChild(el('h3', { text: '需要向来电人确认' }));
      box.appendChild(el('ul', { className: 'needs' }, calc.needsInfo.map(function (n) { return el('li', { text: n.question }); })));
    }
    var cites = calc.citations || [];
    if (cites.length) {
      box.appendChild(el('h3', { text: '依据条款' }));
      var list = el('ul', { className: 'quotes' });
      var groups = {};
      cites.forEach(function (c) {
        if (!groups[c.clauseId]) {
          groups[c.clauseId] = el('li', {}, [
            el('button', { type: 'button', className: 'chip', text: c.label, 'aria-label': '查看条款原文：' + c.label, on: { click: function () { dialog.open(c.clauseId, c.quote); } } }),
          ]);
          list.appendChild(groups[c.clauseId]);
        }
        groups[c.clauseId].appendChild(el('blockquote', { text: c.quote }));
      });
      box.appendChild(list);
    }
    if (calc.assumptions && calc.assumptions.length) {
      box.appendChild(el('details', {}, [el('summary', { text: '测算口径' }), el('ul', {}, calc.assumptions.map(function (a) { return el('li', { text: a }); }))]));
    }
    if (calc.caveats && calc.caveats.length) {
      box.appendChild(el('details', {}, [el('summary', { text: '提示（征求意见稿、市区叠加、亩均效益）' }), el('ul', {}, calc.caveats.map(function (a) { return el('li', { text: a }); }))]));
    }
    box.appendChild(el('div', { className: 'actions' }, C.copyAction('复制测算说明', function () { return calc.explanation; })));
  }

  function calculate() {
    var rule = currentRule();
    if (!rule) return;
    var facts = {};
    var bad = false;
    fields.forEach(function (f) {
      var r = f.field.read();
      f.field.fail(r.error || '');
      if (r.error) bad = true;
      else if (r.set) facts[f.key] = r.value;
    });
    if (bad) {
      var firstError = document.querySelector('.field-error:not([hidden])');
      if (firstError) firstError.parentNode.querySelector('input, select, textarea').focus();
      return;
    }
    var box = $('calc-result');
    C.clear(box);
    box.appendChild(el('p', { className: 'muted', text: '正在测算…' }));
    getJson('/api/rules/' + encodeURIComponent(rule.id) + '/calculate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ facts: facts }),
    }).then(showCalculation, function (e) {
      C.clear(box);
      box.appendChild(el('p', { className: 'error', role: 'alert', text: e.message }));
      var details = (e.body && e.body.error && e.body.error.details) || [];
      details.forEach(function (d) {
        var top = String(d.field || '').split('.').slice(0, 2).join('.');
        fields.forEach(function (f) { if ('facts.' + f.key === top) f.field.fail(d.message); });
      });
    });
  }

  $('rule-select').addEventListener('change', buildForm);
  $('calc-form').addEventListener('submit', function (e) {
    e.preventDefault();
    calculate();
  });
  $('calc-form').addEventListener('reset', function () {
    setTimeout(buildForm, 0);
  });
  // Enter submits from selects and checkboxes too, so a whole calculation can be done from the keyboard.
  $('calc-form').addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.key === 'Enter' && !e.isComposing && (t.tagName === 'SELECT' || (t.tagName === 'INPUT' && t.type === 'checkbox'))) {
      e.preventDefault();
      calculate();
    }
  });
  $('rule-select').addEventListener('keydown', function (e) {
    if (e.key === 'Enter') {
      e.preventDefault();
      var first = $('calc-fields').querySelector('input, select, textarea');
      if (first) first.focus();
    }
  });

  // ------------------------------------------------------------------ chat

  // Callers' details stay on this PC only as long as this tab: sessionStorage, cleared on 退出. Remove what
  // earlier versions kept in localStorage, where it outlived the staff member's sign-out.
  var CHAT_KEY = 'jd-ip-console-chat.v1';
  try {
    window.localStorage.removeItem(CHAT_KEY);
  } catch (e) {
    /* storage unavailable */
  }
  document.querySelectorAll('form[action="/console/logout"]').forEach(function (form) {
    form.addEventListener('submit', function () {
      try {
        window.sessionStorage.removeItem(CHAT_KEY);
      } catch (e) {
        /* storage unavailable */
      }
    });
  });

  var chatStorage = null;
  try {
    chatStorage = window.sessionStorage;
  } catch (e) {
    /* storage unavailable: the chat still works, it is just not kept */
  }

  new C.ChatView({
    list: $('messages'),
    scroller: $('chat-scroll'),
    form: $('composer'),
    input: $('message'),
    send: $('send'),
    newButton: $('new-chat'),
    starters: null,
    // The console's own route (login required) records these turns as the console's.
    endpoint: '/api/console/chat/stream',
    storageKey: CHAT_KEY,
    storage: chatStorage,
    copyLabel: '复制给来电人',
    dialog: dialog,
  });

  // ------------------------------------------------------------------ gaps and export

  var REASONS = {
    fallback: '未能可靠答复',
    'policy-silent': '政策未规定',
    'out-of-scope': '超出政策范围',
    'thumbs-down': '用户评价没帮助',
  };
  var CHANNELS = { web: '网页', console: '坐席', wechat: '公众号', api: '接口' };

  function beijing(at) {
    try {
      return new Date(at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
    } catch (e) {
      return at;
    }
  }

  function loadGaps() {
    var status = $('gaps-status');
    var list = $('gaps-list');
    status.textContent = '正在加载…';
    return getJson('/api/console/gaps?limit=100&days=' + encodeURIComponent($('gaps-days').value)).then(
      function (body) {
        C.clear(list);
        status.textContent = body.items.length ? '共 ' + body.items.length + ' 条（最新在前）' : '这段时间没有需要改进的问题。';
        body.items.forEach(function (g) {
          var item = el('li', { className: 'gap' }, [
            el('p', { className: 'gap-meta' }, [
              el('time', { datetime: g.at, text: beijing(g.at) }),
              g.channel ? ' · ' + (CHANNELS[g.channel] || g.channel) : '',
            ].concat(g.reasons.map(function (r) { return el('span', { className: 'badge ' + r, text: REASONS[r] || r }); }))),
            el('p', { className: 'gap-question', text: g.question || '（对应的问答记录已不在保留期内）' }),
          ]);
          if (g.comment) item.appendChild(el('p', { className: 'gap-comment', text: '用户意见：' + g.comment }));
          if (g.answer) item.appendChild(el('details', {}, [el('summary', { text: '助手的答复' }), el('p', { className: 'answer', text: g.answer })]));
          list.appendChild(item);
        });
      },
      function (e) {
        status.textContent = e.message;
      },
    );
  }

  function isoDay(d) {
    var shifted = new Date(d.getTime() + 8 * 3600 * 1000);
    return shifted.toISOString().slice(0, 10);
  }
  var today = new Date();
  $('export-to').value = isoDay(today);
  $('export-from').value = isoDay(new Date(today.getTime() - 29 * 24 * 3600 * 1000));
  $('export-form').addEventListener('submit', function (e) {
    e.preventDefault();
    if ($('export-from').value && $('export-to').value && $('export-from').value > $('export-to').value) {
      $('gaps-status').textContent = '开始日期不能晚于结束日期。';
      return;
    }
    var params = ['kind=' + encodeURIComponent($('export-kind').value)];
    if ($('export-from').value) params.push('from=' + encodeURIComponent($('export-from').value));
    if ($('export-to').value) params.push('to=' + encodeURIComponent($('export-to').value));
    window.location.assign('/api/console/export.csv?' + params.join('&'));
  });
  $('gaps-refresh').addEventListener('click', loadGaps);
  $('gaps-days').addEventListener('change', loadGaps);
  onShow['tab-gaps'] = loadGaps;

  loadClauses().catch(function (e) { $('search-summary').textContent = e.message; });
  loadRules().catch(function (e) { $('rule-clause').textContent = e.message; });
})();
