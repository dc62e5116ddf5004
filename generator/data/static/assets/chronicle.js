/* Chronicle: the chronology filter (tag and entity), which also hides the year pills and
   table-of-contents entries of periods it empties. Small, no dependencies.
   Runs on every page load, including Material's instant navigation (document$). */
(function () {
  "use strict";

  function has(list, value) {
    return (" " + (list || "") + " ").indexOf(" " + value + " ") !== -1;
  }

  /* The year pills and the table of contents offer only periods with a visible event. */
  function hideLinks(section) {
    var heading = section.querySelector("h2[id], h3[id]");
    if (!heading) return;
    var selector = 'a[href="#' + CSS.escape(heading.id) + '"]';
    var links = document.querySelectorAll(
      ".chronicle-years " + selector + ", .md-nav--secondary " + selector
    );
    Array.prototype.forEach.call(links, function (link) {
      var item = link.closest("li") || link;
      item.hidden = section.hidden;
    });
  }

  function setup() {
    var form = document.querySelector("form.chronicle-filter");
    if (!form || form.getAttribute("data-ready")) return;
    form.setAttribute("data-ready", "1");
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
    var items = Array.prototype.slice.call(document.querySelectorAll(".chronicle-chronology li"));
    var sections = Array.prototype.slice.call(
      document.querySelectorAll(".chronicle-chronology section")
    );
    var count = form.querySelector(".chronicle-filter__count");
    var params = new URLSearchParams(window.location.search);

    function apply(remember) {
      var wanted = selects.filter(function (s) { return s.value; });
      var shown = 0;
      items.forEach(function (li) {
        var ok = wanted.every(function (s) {
          return has(li.getAttribute("data-" + s.getAttribute("data-filter")), s.value);
        });
        li.hidden = !ok;
        if (ok) shown += 1;
      });
      sections.forEach(function (section) {
        section.hidden = !section.querySelector("li:not([hidden])");
        hideLinks(section);
      });
      count.textContent = wanted.length
        ? "Showing " + shown + " of " + items.length + " events."
        : "Showing all " + items.length + " events.";
      if (remember && window.history.replaceState) {
        var query = new URLSearchParams();
        wanted.forEach(function (s) { query.set(s.name, s.value); });
        var text = query.toString();
        try {
          window.history.replaceState(
            window.history.state, "",
            window.location.pathname + (text ? "?" + text : "") + window.location.hash
          );
        } catch (e) { /* file:// pages may refuse; the filter still works */ }
      }
    }

    selects.forEach(function (s) {
      var value = params.get(s.name);
      if (value && s.querySelector('option[value="' + CSS.escape(value) + '"]')) s.value = value;
      s.addEventListener("change", function () { apply(true); });
    });
    form.addEventListener("reset", function () {
      window.setTimeout(function () { apply(true); }, 0);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    apply(false);
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(setup);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
