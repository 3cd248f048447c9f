/* Bantin public pages: article font size (remembered), print and copy-link buttons.
   Everything here is an enhancement; each page works without JavaScript. */
(function () {
  "use strict";
  var STORAGE_KEY = "bantin.fontStep";
  var MIN_STEP = -2;
  var MAX_STEP = 4;

  function readStep() {
    try {
      var value = parseInt(window.localStorage.getItem(STORAGE_KEY), 10);
      return isNaN(value) ? 0 : Math.max(MIN_STEP, Math.min(MAX_STEP, value));
    } catch (error) {
      return 0;
    }
  }

  function applyStep(step) {
    document.documentElement.style.setProperty("--article-font-step", String(step));
    try {
      window.localStorage.setItem(STORAGE_KEY, String(step));
    } catch (error) {
      /* Storage may be disabled; the size still applies to this page. */
    }
  }

  function announce(toolbar, message) {
    var status = toolbar.querySelector(".tool-status");
    if (status) {
      status.textContent = message;
    }
  }

  function setUpToolbar(toolbar) {
    toolbar.querySelectorAll("[hidden]").forEach(function (button) {
      button.hidden = false;
    });
    toolbar.querySelectorAll("[data-font-step]").forEach(function (button) {
      button.addEventListener("click", function () {
        var step = readStep() + parseInt(button.getAttribute("data-font-step"), 10);
        applyStep(Math.max(MIN_STEP, Math.min(MAX_STEP, step)));
      });
    });
    var printButton = toolbar.querySelector("[data-print]");
    if (printButton) {
      printButton.addEventListener("click", function () {
        window.print();
      });
    }
    var copyLink = toolbar.querySelector("[data-copy-link]");
    if (copyLink && navigator.clipboard) {
      copyLink.addEventListener("click", function (event) {
        event.preventDefault();
        navigator.clipboard.writeText(copyLink.href).then(function () {
          announce(toolbar, copyLink.getAttribute("data-copied"));
        });
      });
    }
  }

  applyStep(readStep());
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".article-tools").forEach(setUpToolbar);
  });
})();
