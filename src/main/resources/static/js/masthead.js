// The KRDS masthead's "공식 누리집 확인방법": the button shows and hides the explanation below it.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-masthead-toggle]').forEach(function (button) {
    var body = document.getElementById(button.getAttribute('aria-controls'));
    var head = button.closest('.toggle-head');
    if (!body) {
      return;
    }
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      body.hidden = !open;
      body.classList.toggle('active', open);
      if (head) {
        head.classList.toggle('active', open);
      }
    });
  });
});
