// The plan editor keeps work from being lost. Once anything in the form changes (typed, chosen, or rows added
// and moved, which htmx sends to the server without saving), leaving the page asks first (beforeunload), and
// "미리보기와 공시" saves the draft before it shows the preview, so the preview is of what was typed.
// A page rendered after a refused save carries data-unsaved: what it shows is not saved yet either.
(function () {
  var unsaved = false;

  function editor() {
    return document.getElementById('plan-editor');
  }

  function markIfEditor(event) {
    if (event.target.closest && event.target.closest('#plan-editor')) {
      unsaved = true;
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = editor();
    unsaved = !!(form && form.hasAttribute('data-unsaved'));
  });
  document.addEventListener('input', markIfEditor);
  document.addEventListener('change', markIfEditor);
  // adding, removing or moving rows goes through htmx: the new form holds edits that are not saved
  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target && event.detail.target.id === 'plan-editor') {
      unsaved = true;
    }
  });

  // submitting the editor sends everything typed: the server saves it or shows it again with its problems
  document.addEventListener('submit', function (event) {
    if (event.target.id === 'plan-editor') {
      unsaved = false;
    }
  });

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-save-first]');
    var form = editor();
    if (!link || !form || !unsaved) {
      return;
    }
    event.preventDefault();
    var next = form.querySelector('input[name="next"]');
    next.value = link.getAttribute('data-save-first');
    form.requestSubmit(document.getElementById('save'));
  });

  window.addEventListener('beforeunload', function (event) {
    if (unsaved) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
