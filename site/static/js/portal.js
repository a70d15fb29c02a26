// Starts DKFDS's components (accordions, dropdowns …) once the page is parsed. Kept out of the
// HTML so that the Content-Security-Policy can forbid every inline script.
//
// DKFDS's script (77 KB, 20 KB compressed) does nothing on a page without one of its JavaScript
// components, and most pages have none, so it is loaded only where DKFDS.init() would find something.
// Its hashed URL comes from the data-dkfds attribute of this script's own tag.
(function () {
    "use strict";

    // The elements DKFDS.init() (dkfds 11.2) attaches behaviour to.
    var COMPONENTS = [
        ".accordion",
        ".accordion-bordered",
        ".alert.has-close",
        ".back-to-top-button",
        ".form-limit",
        ".js-checkbox-toggle-content",
        ".js-dropdown",
        ".overflow-menu--sort",
        ".date-picker",
        "[data-module='error-summary']",
        ".fds-modal",
        ".navigation-menu",
        ".js-menu-open",
        ".js-menudropdown",
        ".js-radio-toggle-group",
        "table.table--responsive-headers",
        "table.table-sm-responsive-headers",
        "table.table-md-responsive-headers",
        "table.table-lg-responsive-headers",
        "table.table--selectable",
        "div.tab-container",
        ".tooltip-wrapper",
    ].join(",");
    var source = document.currentScript && document.currentScript.getAttribute("data-dkfds");

    function start() {
        if (window.DKFDS) {
            window.DKFDS.init();
        }
    }

    document.addEventListener("DOMContentLoaded", function () {
        if (window.DKFDS) {
            start();
        } else if (source && document.querySelector(COMPONENTS)) {
            var script = document.createElement("script");
            script.src = source;
            script.addEventListener("load", start);
            document.head.appendChild(script);
        }
    });
})();
