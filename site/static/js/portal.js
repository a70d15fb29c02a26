// Starts DKFDS's components (accordions, dropdowns …) once the page is parsed. Kept out of the
// HTML so that the Content-Security-Policy can forbid every inline script.
document.addEventListener("DOMContentLoaded", function () {
    if (window.DKFDS) {
        window.DKFDS.init();
    }
});
