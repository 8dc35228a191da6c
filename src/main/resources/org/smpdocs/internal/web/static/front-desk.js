// The front desk's one script, loaded by every page; the pages work without it.
// It moves the focus to the first problem of a form that came back with problems, so a keyboard
// or screen-reader user lands where the fix is needed.
document.addEventListener('DOMContentLoaded', function () {
  var first = document.querySelector('[aria-invalid="true"]');
  if (first) {
    first.focus();
  }
});
