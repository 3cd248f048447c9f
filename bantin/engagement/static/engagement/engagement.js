/* Reader engagement on pages that may come from the page cache: counts this page load and
   shows the current counts, gives the reader forms this visitor's tokens, and sends ballots
   and feedback without leaving the page. Without JavaScript, the <noscript> image counts the
   load and the <noscript> links lead to each form's own page. */
(function () {
  "use strict";

  /* The portal's JSON answer; when there is none (the network failed, or something between
     answered with a page), a refusal carrying the page's own message. */
  function send(url, body) {
    return fetch(url, {
      method: body ? "POST" : "GET",
      body: body,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    }).then(function (response) {
      return response.json();
    }).catch(function () {
      return { ok: false, message: document.body.getAttribute("data-send-failed") };
    });
  }

  function showCount(selector, value) {
    if (typeof value !== "number") {
      return;
    }
    document.querySelectorAll(selector).forEach(function (element) {
      element.textContent = value.toLocaleString("vi-VN");
    });
  }

  function setField(form, name, value) {
    var field = form.querySelector('input[name="' + name + '"]');
    if (field && value) {
      field.value = value;
    }
  }

  function pollBox(element) {
    return element.closest("[data-poll]");
  }

  function showInPoll(box, answer) {
    if (answer.html) {
      box.querySelector("[data-poll-body]").innerHTML = answer.html;
    }
    box.querySelector("[data-poll-message]").textContent = answer.message || "";
  }

  function loadResults(box) {
    var link = box.querySelector("a[data-poll-results]");
    if (link) {
      send(link.href).then(function (answer) {
        showInPoll(box, answer);
      });
    }
  }

  function pageLoaded(state) {
    showCount("[data-visit-count]", state.visits);
    showCount("[data-view-count]", state.views);
    if (!state.csrf) {
      return;  /* without their tokens the forms could not be sent: they stay hidden */
    }
    document.querySelectorAll("form[data-reader-form]").forEach(function (form) {
      setField(form, "csrfmiddlewaretoken", state.csrf);
      setField(form, "started", state.started);
      form.hidden = false;
    });
    (state.answered || []).forEach(function (pollId) {
      document.querySelectorAll('[data-poll="' + pollId + '"]').forEach(loadResults);
    });
  }

  function submitPoll(form) {
    var box = pollBox(form);
    send(form.action, new FormData(form)).then(function (answer) {
      showInPoll(box, answer);
    });
  }

  function submitFeedback(form) {
    var status = form.querySelector("[data-feedback-message]");
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    send(form.action, new FormData(form)).then(function (answer) {
      status.textContent = answer.message;
      status.classList.toggle("is-error", !answer.ok);
      if (answer.ok) {
        form.querySelectorAll("textarea").forEach(function (field) {
          field.value = "";
        });
      }
    }).finally(function () {
      button.disabled = false;
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (pollBox(form)) {
      event.preventDefault();
      submitPoll(form);
    } else if (form.hasAttribute("data-feedback-form")) {
      event.preventDefault();
      submitFeedback(form);
    }
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-poll-results]");
    if (link && pollBox(link)) {
      event.preventDefault();
      loadResults(pollBox(link));
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var url = document.body.getAttribute("data-page-state");
    if (!url) {
      return;
    }
    var data = new FormData();
    if (document.body.dataset.page) {
      data.append("trang", document.body.dataset.page);
    }
    document.querySelectorAll("[data-poll]").forEach(function (box) {
      data.append("binh-chon", box.getAttribute("data-poll"));
    });
    send(url, data).then(pageLoaded);
  });
})();
