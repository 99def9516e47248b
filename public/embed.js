/*! Smart Borders embed loader · CC BY 4.0 · sizes our iframes to their content. No dependencies, no cookies, no requests. */
(function (w, d) {
  if (w.smartBordersEmbed) return;
  w.smartBordersEmbed = 1;
  var frames = function () { return d.getElementsByTagName('iframe'); };
  // Only our own message, and only for the iframe whose window sent it, from that iframe's origin.
  w.addEventListener('message', function (e) {
    var m = e.data, f = frames(), i, h;
    if (!m || typeof m !== 'object' || m.type !== 'smart-borders:height') return;
    h = Math.ceil(+m.height);
    if (!(h > 0 && h < 1e5)) return;
    for (i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source) {
        try { if (new URL(f[i].src, location.href).origin !== e.origin) return; } catch (x) { return; }
        f[i].style.height = h + 'px';
        f[i].setAttribute('height', h);
        return;
      }
    }
  });
  // An embed that loaded before this script did has already told its height: ask again.
  var f = frames(), i;
  for (i = 0; i < f.length; i++) if (f[i].hasAttribute('data-smart-borders') && f[i].contentWindow) f[i].contentWindow.postMessage({ type: 'smart-borders:ping' }, '*');
})(window, document);
