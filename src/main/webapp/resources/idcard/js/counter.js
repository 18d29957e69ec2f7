// Keyboard first. A barcode scanner types the receipt number and presses Enter: Enter in the
// receipt field moves on to the ID number while that is empty. In the application form Enter
// moves from one field to the next as Tab would (radio groups count as one field); on a button
// it presses the button; in a search box (.enter-searches) it searches. Optional sections
// (.enter-skips: the arrival notice, delivery by post) are passed over unless the clerk is in one.
(function () {
  function focusable(form) {
    return Array.prototype.filter.call(
      form.querySelectorAll("input:not([type=hidden]):not([type=file]), select, button, a.next-link"),
      function (el) {
        return !el.disabled && el.getClientRects().length > 0;
      }
    );
  }

  document.addEventListener(
    "keydown",
    function (event) {
      if (event.key !== "Enter") {
        return;
      }
      var target = event.target;
      if (target.id && target.id.endsWith("receiptNumber")) {
        var idNumber = document.getElementById("lookup:idNumber");
        if (idNumber && !idNumber.value) {
          event.preventDefault();
          event.stopPropagation();
          idNumber.focus();
        }
        return;
      }
      // A one-field search box searches on Enter (its form's p:defaultCommand does that).
      if (target.closest && target.closest(".enter-searches")) {
        return;
      }
      var form = target.closest ? target.closest("form.flow") : null;
      if (!form || target.tagName === "BUTTON" || target.tagName === "A") {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      var section = target.closest(".enter-skips");
      var fields = focusable(form).filter(function (el) {
        var optional = el.closest(".enter-skips");
        return !optional || optional === section;
      });
      var index = fields.indexOf(target);
      for (var i = index + 1; i < fields.length; i++) {
        if (!(target.type === "radio" && fields[i].name === target.name)) {
          var next = fields[i];
          if (next.type === "radio") {
            var checked = form.querySelector("input[type=radio][name='" + next.name + "']:checked");
            next = checked || next;
          }
          next.focus();
          return;
        }
      }
    },
    true
  );

  // After a look-up that found a usable receipt, the clerk continues in the application form.
  window.idcardFocusFlow = function () {
    var form = document.querySelector("form.flow");
    if (form) {
      var fields = focusable(form);
      var checked = form.querySelector("input[type=radio]:checked");
      (checked || fields[0]).focus();
    }
  };
})();
