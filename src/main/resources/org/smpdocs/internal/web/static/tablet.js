/* The tablet's signing page: a signature_pad on each pad, each mark sent to the server when a
 * stroke ends (so a reload shows it again), "Undo" and "Clear", typed initials adopted, the
 * "Larger text" button, and "Finish" enabled only when every pad is filled. */
(function () {
  "use strict";

  function larger() {
    var button = document.querySelector(".larger-text");
    if (!button) {
      return;
    }
    var on = window.localStorage && localStorage.getItem("smp-larger-text") === "1";
    function apply() {
      document.documentElement.classList.toggle("larger", on);
      button.setAttribute("aria-pressed", on ? "true" : "false");
      button.textContent = on ? "Normal text" : "Larger text";
      window.dispatchEvent(new Event("resize"));
    }
    button.addEventListener("click", function () {
      on = !on;
      try { localStorage.setItem("smp-larger-text", on ? "1" : "0"); } catch (e) { /* private mode */ }
      apply();
    });
    apply();
  }

  function signing() {
    var root = document.querySelector(".signing");
    if (!root || typeof SignaturePad === "undefined") {
      return;
    }
    var csrf = root.getAttribute("data-csrf");
    var finish = root.querySelector(".finish-button");
    var finishStatus = root.querySelector(".finish-status");
    var pads = Array.prototype.slice.call(root.querySelectorAll(".pad"));

    function update() {
      var missing = pads.filter(function (p) { return !p.classList.contains("filled"); }).length;
      finish.disabled = missing > 0;
      finish.setAttribute("aria-disabled", missing > 0 ? "true" : "false");
      finishStatus.textContent = missing > 0
        ? (missing === 1 ? "1 signature or initials box still to fill in." : missing + " signature or initials boxes still to fill in.")
        : "Everything is filled in: you can finish.";
    }

    function send(pad, fields, status) {
      var body = new URLSearchParams(fields);
      status.textContent = "Saving…";
      return fetch("/tablet/sign/marks/" + encodeURIComponent(pad.getAttribute("data-field")), {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRF-Token": csrf, "Content-Type": "application/x-www-form-urlencoded" },
        body: body
      }).then(function (r) {
        return r.json().then(function (j) { return { ok: r.ok, message: j.message }; },
          function () { return { ok: false, message: "Not saved: the signing may have ended. Ask the front desk." }; });
      }).then(function (res) {
        status.textContent = res.message;
        return res.ok;
      }, function () {
        status.textContent = "Not saved: no connection. Try again.";
        return false;
      });
    }

    pads.forEach(function (pad) {
      var canvas = pad.querySelector("canvas");
      var status = pad.querySelector(".pad-status");
      var typed = pad.querySelector(".typed-initials");
      var adopt = pad.querySelector(".adopt-initials");
      var sp = new SignaturePad(canvas, { penColor: "rgb(0, 0, 0)", minWidth: 1.5, maxWidth: 3.5 });

      function size() {
        var data = sp.toData();
        var ratio = Math.max(window.devicePixelRatio || 1, 1);
        canvas.width = canvas.offsetWidth * ratio;
        canvas.height = canvas.offsetHeight * ratio;
        canvas.getContext("2d").scale(ratio, ratio);
        sp.clear();
        if (data.length) {
          sp.fromData(data);
        }
      }

      function drawn() {
        if (sp.isEmpty()) {
          return cleared();
        }
        return send(pad, { png: sp.toDataURL("image/png"), strokes: JSON.stringify(sp.toData()) }, status)
          .then(function (ok) {
            pad.classList.toggle("filled", ok);
            if (ok && typed) {
              typed.value = "";
              adopt.checked = false;
            }
            update();
          });
      }

      function cleared() {
        return send(pad, { clear: "yes" }, status).then(function () {
          pad.classList.remove("filled");
          update();
        });
      }

      size();
      var strokes = pad.getAttribute("data-strokes");
      if (strokes) {
        try { sp.fromData(JSON.parse(strokes)); } catch (e) { /* shown from the image below */ }
      }
      if (sp.isEmpty() && pad.getAttribute("data-png")) {
        sp.fromDataURL(pad.getAttribute("data-png"), { width: canvas.offsetWidth, height: canvas.offsetHeight });
      }
      sp.addEventListener("endStroke", drawn);
      window.addEventListener("resize", size);

      pad.querySelector(".pad-undo").addEventListener("click", function () {
        var data = sp.toData();
        if (data.length) {
          data.pop();
          sp.fromData(data);
          drawn();
        } else {
          sp.clear();
          cleared();
        }
      });
      pad.querySelector(".pad-clear").addEventListener("click", function () {
        sp.clear();
        if (typed) {
          typed.value = "";
          adopt.checked = false;
        }
        cleared();
      });
      if (typed) {
        var adoptTyped = function () {
          if (adopt.checked && typed.value.trim() !== "") {
            sp.clear();
            send(pad, { typed: typed.value, adopt: "yes" }, status).then(function (ok) {
              pad.classList.toggle("filled", ok);
              update();
            });
          } else if (!adopt.checked && sp.isEmpty() && pad.classList.contains("filled")) {
            cleared();
          }
        };
        adopt.addEventListener("change", adoptTyped);
        typed.addEventListener("change", adoptTyped);
      }
    });

    root.querySelector(".finish-form").addEventListener("submit", function (event) {
      if (finish.disabled) {
        event.preventDefault();
      }
    });
    update();
  }

  // a choice's whole line ticks its box, not just the box: a finger aims at the words
  function choices() {
    Array.prototype.forEach.call(document.querySelectorAll("input[data-choice]"), function (box) {
      var item = box.closest("li, p, td");
      if (!item) {
        return;
      }
      item.classList.add("choice-line");
      item.addEventListener("click", function (event) {
        if (!event.target.closest("label, input, a, button")) {
          box.click();
        }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    larger();
    signing();
    choices();
  });
})();
