/* The public chat page: wires the shared chat view to this page's elements. */
(function () {
  'use strict';
  var C = window.JdChat;
  var query = window.location.search;
  var embedded = /(?:^|[?&])embed=1(?:&|$)/.test(query);
  if (embedded) document.body.classList.add('embedded');
  var view = new C.ChatView({
    list: document.getElementById('messages'),
    scroller: document.getElementById('chat-scroll'),
    form: document.getElementById('composer'),
    input: document.getElementById('message'),
    send: document.getElementById('send'),
    newButton: document.getElementById('new-chat'),
    starters: document.getElementById('starters'),
    channel: 'web',
    storageKey: 'jd-ip-chat.v1',
    copyLabel: '复制',
    dialog: new C.ClauseDialog(document.getElementById('clause-dialog')),
  });
  window.JdChatPage = view;

  // `?q=…` (the link at the end of a shortened WeChat reply): ask it here, where the whole answer fits. The
  // parameter is taken out of the address first, so reloading the page does not ask it again.
  var params = new URLSearchParams(query);
  var asked = (params.get('q') || '').trim();
  if (asked) {
    params.delete('q');
    var rest = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (rest ? '?' + rest : '') + window.location.hash);
    view.askFresh(asked);
  }

  // Opened by the portal launcher (embed.js, `panel=1`): a close button and Esc ask the launcher, which
  // checks that the message comes from this frame and this origin, to close the panel. The message carries
  // nothing but the request, so it may go to whichever page framed us.
  if (embedded && /(?:^|[?&])panel=1(?:&|$)/.test(query) && window.parent !== window) {
    var dialog = document.getElementById('clause-dialog');
    var closePanel = function () {
      window.parent.postMessage({ source: 'jd-ip-chat', type: 'close' }, '*');
    };
    var button = document.getElementById('close-panel');
    button.hidden = false;
    button.setAttribute('aria-label', '关闭咨询窗口');
    button.addEventListener('click', closePanel);
    document.addEventListener('keydown', function (e) {
      // Esc closes the clause dialog first (the browser handles that); only a second Esc closes the panel.
      if (e.key === 'Escape' && !e.defaultPrevented && !dialog.open) closePanel();
    });
  }
})();
