// Session-expiry warning (KWCAG 2.2, 2.2.1): a signed-in page counts down the server's idle timeout, opens an
// accessible dialog shortly before the end and lets the user extend the session or sign out. Activity through
// htmx restarts the count, as it restarts the session on the server.
(function () {
  'use strict';
  var dialog = document.getElementById('session-timeout');
  if (!dialog) {
    return;
  }
  var data = dialog.dataset;
  var timeoutMs = Number(data.timeoutSeconds) * 1000;
  var warningMs = Number(data.warningSeconds) * 1000;
  var remaining = dialog.querySelector('[data-remaining]');
  var extendButton = dialog.querySelector('[data-extend]');
  var logoutButton = dialog.querySelector('[data-logout]');
  var failed = dialog.querySelector('[data-extend-failed]');
  var back = dialog.querySelector('.modal-back');
  var expiresAt = 0;
  var warnTimer = null;
  var tick = null;
  var returnFocus = null;

  function csrfHeaders() {
    var headers = {};
    headers[data.csrfHeader] = data.csrfToken;
    return headers;
  }

  function format(ms) {
    var total = Math.max(0, Math.ceil(ms / 1000));
    var minutes = Math.floor(total / 60);
    var seconds = total % 60;
    var text = data.seconds.replace('{0}', seconds);
    return minutes > 0 ? data.minutes.replace('{0}', minutes) + ' ' + text : text;
  }

  function restart() {
    expiresAt = Date.now() + timeoutMs;
    clearTimeout(warnTimer);
    warnTimer = setTimeout(open, Math.max(0, timeoutMs - warningMs));
  }

  function open() {
    returnFocus = document.activeElement;
    failed.hidden = true;
    dialog.hidden = false;
    dialog.classList.add('shown');
    back.classList.add('in');
    setTimeout(function () { dialog.classList.add('in'); }, 20);
    update();
    tick = setInterval(update, 1000);
    extendButton.focus();
  }

  function close() {
    clearInterval(tick);
    dialog.classList.remove('in', 'shown');
    back.classList.remove('in');
    dialog.hidden = true;
    if (returnFocus && document.contains(returnFocus)) {
      returnFocus.focus();
    }
  }

  function update() {
    var left = expiresAt - Date.now();
    remaining.textContent = format(left);
    if (left <= 0) {
      expire();
    }
  }

  function expire() {
    clearInterval(tick);
    // end the session on the server too, then say why the user is back at the login page
    fetch(data.logoutUrl, { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin', redirect: 'manual' })
      .finally(function () { window.location.assign(data.expiredUrl); });
  }

  function extend() {
    fetch(data.extendUrl, { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin', redirect: 'manual' })
      .then(function (response) {
        if (response.status !== 204) {
          throw new Error('not extended');
        }
        close();
        restart();
      })
      .catch(function () {
        failed.hidden = false;
        logoutButton.focus();
      });
  }

  function logout() {
    var form = document.createElement('form');
    form.method = 'post';
    form.action = data.logoutUrl;
    var token = document.createElement('input');
    token.type = 'hidden';
    token.name = '_csrf';
    token.value = data.csrfToken;
    form.appendChild(token);
    document.body.appendChild(form);
    form.submit();
  }

  extendButton.addEventListener('click', extend);
  logoutButton.addEventListener('click', logout);
  dialog.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      // closing the warning is taken as wanting to stay
      event.preventDefault();
      extend();
    }
    else if (event.key === 'Tab') {
      // keep focus inside the dialog while it is open
      var first = logoutButton;
      var last = extendButton;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      }
      else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  document.addEventListener('htmx:afterRequest', function () {
    if (dialog.hidden) {
      restart();
    }
  });
  restart();
}());
