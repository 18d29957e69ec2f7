// A barcode scanner types the receipt number and presses Enter. Enter in the receipt field moves
// on to the ID number while that is still empty, and looks the receipt up once both are filled.
document.addEventListener(
  "keydown",
  function (event) {
    if (event.key !== "Enter" || !event.target.id || !event.target.id.endsWith("receiptNumber")) {
      return;
    }
    var idNumber = document.getElementById("lookup:idNumber");
    if (idNumber && !idNumber.value) {
      event.preventDefault();
      event.stopPropagation();
      idNumber.focus();
    }
  },
  true
);
