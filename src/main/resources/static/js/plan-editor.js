// The plan editor keeps work from being lost. Once anything in the form changes (typed, chosen, or rows added
// and moved, which htmx sends to the server without saving), leaving the page asks first (beforeunload), and
// "미리보기와 공시" saves the draft before it shows the preview, so the preview is of what was typed.
// A page rendered after a refused save carries data-unsaved: what it shows is not saved yet either.
// The sub-category list of each program follows its chosen type.
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

  // A program's sub-categories are those of its type (the server refuses any other): choosing a type offers only
  // its own, and a chosen sub-category of another type is cleared rather than left to be refused on saving.
  document.addEventListener('change', function (event) {
    var type = event.target;
    if (!type.matches || !type.matches('select[data-program-type]')) {
      return;
    }
    var program = type.closest('fieldset');
    var list = program && program.querySelector('select[data-sub-categories]');
    if (!list) {
      return;
    }
    Array.prototype.forEach.call(list.querySelectorAll('option[data-type]'), function (option) {
      var other = type.value !== '' && option.getAttribute('data-type') !== type.value;
      option.hidden = other;
      option.disabled = other;
      if (other && option.selected) {
        list.value = '';
      }
    });
  });
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
