/* The public chat page: wires the shared chat view to this page's elements. */
(function () {
  'use strict';
  var C = window.JdChat;
  if (/(?:^|[?&])embed=1(?:&|$)/.test(window.location.search)) document.body.classList.add('embedded');
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
})();
