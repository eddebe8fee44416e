// After a save that failed or met someone else's save, the page opens on the panel that explains it
// (marked data-focus-on-load), so keyboard and screen-reader users start there.
document.addEventListener('DOMContentLoaded', function () {
  var panel = document.querySelector('[data-focus-on-load]');
  if (panel) {
    panel.focus();
  }
});
