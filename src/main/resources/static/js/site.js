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
