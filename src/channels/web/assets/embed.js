/*
 * Launcher for portals: <script src="https://<this service>/embed.js" defer></script> adds a button that
 * opens the chat (this service's `/?embed=1`) as a floating panel. Styles are set through the DOM, so the
 * portal's own Content-Security-Policy needs only to allow this script and framing of this origin.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__jdIpChatLauncher) return;
  window.__jdIpChatLauncher = true;
  var origin = new URL(script.src, window.location.href).origin;
  var label = script.getAttribute('data-label') || '政策咨询';

  function css(node, styles) {
    Object.keys(styles).forEach(function (k) { node.style[k] = styles[k]; });
    return node;
  }

  var button = css(document.createElement('button'), {
    position: 'fixed', right: '16px', bottom: '16px', zIndex: '2147483000', padding: '12px 18px',
    border: '0', borderRadius: '24px', background: '#0b57d0', color: '#fff', font: '16px/1.2 system-ui, sans-serif',
    boxShadow: '0 4px 12px rgba(0,0,0,.25)', cursor: 'pointer',
  });
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'jd-ip-chat-panel');

  var panel = css(document.createElement('div'), {
    position: 'fixed', right: '16px', bottom: '72px', zIndex: '2147483000', width: 'min(400px, calc(100vw - 32px))',
    height: 'min(640px, calc(100vh - 96px))', borderRadius: '12px', overflow: 'hidden', background: '#fff',
    boxShadow: '0 8px 28px rgba(0,0,0,.3)', display: 'none',
  });
  panel.id = 'jd-ip-chat-panel';
  var frame = css(document.createElement('iframe'), { width: '100%', height: '100%', border: '0' });
  frame.title = '金东区知识产权政策咨询助手';
  frame.setAttribute('allow', 'clipboard-write');
  panel.appendChild(frame);

  function toggle(open) {
    if (open && !frame.src) frame.src = origin + '/?embed=1' + '&panel=1';
    panel.style.display = open ? 'block' : 'none';
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? '关闭咨询' : label;
    if (open) frame.focus();
  }
  button.addEventListener('click', function () { toggle(panel.style.display === 'none'); });
  function close() {
    if (panel.style.display === 'none') return;
    toggle(false);
    button.focus();
  }
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') close();
  });
  // Inside the frame, keys never reach this page: the chat asks to be closed (its 关闭 button or Esc).
  // Only this frame, showing this service, may ask.
  window.addEventListener('message', function (e) {
    var data = e.data;
    if (e.origin !== origin || e.source !== frame.contentWindow) return;
    if (data && data.source === 'jd-ip-chat' && data.type === 'close') close();
  });

  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(button);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
