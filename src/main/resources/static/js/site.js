// The language links point at the address the page was loaded with; when htmx changes the address
// (search as you type), point them at the new one, so switching language keeps the search.
document.addEventListener('htmx:pushedIntoHistory', function () {
  document.querySelectorAll('a[data-language-switch]').forEach(function (link) {
    var url = new URL(window.location.href);
    url.searchParams.set('lang', link.getAttribute('data-language-switch'));
    link.setAttribute('href', url.pathname + url.search);
  });
});

// Filters left empty are not sent, so that the addresses htmx puts in the history stay short:
// /governments?q=김제 rather than /governments?q=김제&province=&type=&asOf=.
document.addEventListener('htmx:configRequest', function (event) {
  var data = event.detail.formData;
  Array.from(new Set(data.keys())).forEach(function (name) {
    if (data.getAll(name).every(function (value) { return value === ''; })) {
      data.delete(name);
    }
  });
});

// A page that opens after a failed action (a refused login or save, a conflict) starts on the message box
// explaining it (marked data-focus-on-load), so keyboard and screen-reader users start there.
document.addEventListener('DOMContentLoaded', function () {
  var message = document.querySelector('[data-focus-on-load]');
  if (message) {
    message.focus();
  }
});

// A table wider than the screen (a phone) scrolls sideways inside its wrapper: the wrapper says so in a line above
// it, and becomes a focusable, named region so that keyboard users can scroll it too (axe
// scrollable-region-focusable). Checked again when the window is resized or turned.
(function () {
  var hintText = document.body && document.body.getAttribute('data-table-scroll-hint');
  function mark() {
    document.querySelectorAll('#main .krds-table-wrap').forEach(function (wrap) {
      var wide = wrap.scrollWidth > wrap.clientWidth + 1;
      var hint = wrap.previousElementSibling;
      var hasHint = hint && hint.classList.contains('table-scroll-hint');
      if (wide && !hasHint && hintText) {
        hint = document.createElement('p');
        hint.className = 'table-scroll-hint';
        hint.textContent = hintText;
        wrap.parentNode.insertBefore(hint, wrap);
        hasHint = true;
      }
      if (hasHint) {
        hint.hidden = !wide;
      }
      if (wide && !wrap.hasAttribute('tabindex')) {
        var caption = wrap.querySelector('caption');
        wrap.setAttribute('tabindex', '0');
        wrap.setAttribute('data-scroll-focus', '');
        if (!wrap.hasAttribute('role')) {
          wrap.setAttribute('role', 'region');
          wrap.setAttribute('aria-label', caption ? caption.textContent.trim() : hintText);
          wrap.setAttribute('data-scroll-focus', 'region');
        }
      }
      else if (!wide && wrap.hasAttribute('data-scroll-focus')) {
        if (wrap.getAttribute('data-scroll-focus') === 'region') {
          wrap.removeAttribute('role');
          wrap.removeAttribute('aria-label');
        }
        wrap.removeAttribute('tabindex');
        wrap.removeAttribute('data-scroll-focus');
      }
    });
  }
  var pending = null;
  document.addEventListener('DOMContentLoaded', mark);
  document.addEventListener('htmx:afterSettle', mark);
  window.addEventListener('resize', function () {
    clearTimeout(pending);
    pending = setTimeout(mark, 150);
  });
}());
