// WaddleAI portal: small enhancements. Every page works without this file.
(function () {
  "use strict";
  var KEY_SLOT = "waddleai.playground.key";

  function csrf() {
    var field = document.querySelector("input[name=csrf_token]");
    return field ? field.value : "";
  }

  function copy(button) {
    var source = document.querySelector(button.getAttribute("data-copy"));
    if (!source) return;
    var done = function () { button.textContent = "Copied"; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.value).then(done, function () {
        source.select(); document.execCommand("copy"); done();
      });
    } else {
      source.select(); document.execCommand("copy"); done();
    }
  }

  function setup(root) {
    var created = root.querySelector("[data-playground-key]");
    if (created) sessionStorage.setItem(KEY_SLOT, created.value);
    var key = root.querySelector("#pg-key");
    if (key && !key.value && sessionStorage.getItem(KEY_SLOT)) {
      key.value = sessionStorage.getItem(KEY_SLOT);
      key.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }

  var history = [];

  function bubble(role, text) {
    var transcript = document.getElementById("pg-transcript");
    var empty = document.getElementById("pg-empty");
    if (empty) empty.remove();
    var box = document.createElement("div");
    box.className = "msg " + role;
    var who = document.createElement("b");
    who.textContent = role === "user" ? "you" : role;
    var body = document.createElement("p");
    body.textContent = text;
    box.appendChild(who); box.appendChild(body);
    transcript.appendChild(box);
    return body;
  }

  async function send(form) {
    var data = new FormData(form);
    var message = (data.get("message") || "").trim();
    if (!message) return;
    if (!history.length && data.get("system")) {
      history.push({ role: "system", content: data.get("system") });
    }
    history.push({ role: "user", content: message });
    bubble("user", message);
    var out = bubble("assistant", "");
    out.parentNode.classList.add("streaming");
    form.querySelector("#pg-message").value = "";
    var body = new URLSearchParams();
    body.set("csrf_token", data.get("csrf_token"));
    body.set("key", data.get("key"));
    body.set("model", data.get("model"));
    body.set("messages", JSON.stringify(history));
    var answer = "";
    try {
      var response = await fetch(form.action, {
        method: "POST", body: body, credentials: "same-origin",
        headers: { "Accept": "text/event-stream", "X-CSRF-Token": csrf() },
      });
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = "";
      for (;;) {
        var step = await reader.read();
        if (step.done) break;
        buffer += decoder.decode(step.value, { stream: true });
        var events = buffer.split("\n\n");
        buffer = events.pop();
        events.forEach(function (event) {
          event.split("\n").forEach(function (line) {
            if (line.indexOf("data:") !== 0) return;
            var payload = line.slice(5).trim();
            if (!payload || payload === "[DONE]") return;
            var chunk = JSON.parse(payload);
            if (chunk.error) {
              out.parentNode.classList.add("failed");
              answer += (answer ? "\n" : "") + "Error: " + (chunk.error.message || chunk.error);
            } else if (chunk.choices && chunk.choices[0] && chunk.choices[0].delta) {
              answer += chunk.choices[0].delta.content || "";
            }
            out.textContent = answer;
          });
        });
      }
    } catch (err) {
      out.parentNode.classList.add("failed");
      out.textContent = answer + "\nError: " + err;
    }
    out.parentNode.classList.remove("streaming");
    out.parentNode.setAttribute("data-done", "1");
    history.push({ role: "assistant", content: answer });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (button) { event.preventDefault(); copy(button); }
    if (event.target.id === "pg-clear") {
      history = [];
      document.getElementById("pg-transcript").innerHTML = "";
    }
  });
  document.addEventListener("submit", function (event) {
    if (event.target.id === "playground-form") {
      event.preventDefault();
      send(event.target);
    }
  });
  document.addEventListener("DOMContentLoaded", function () { setup(document); });
  document.addEventListener("htmx:load", function (event) { setup(event.detail.elt); });
})();
