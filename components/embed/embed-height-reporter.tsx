"use client";
// Tells the page around the frame how tall the form is, so public/embed.js can size the iframe to it and the
// subject never scrolls inside a box. Only a height leaves the frame, so any parent may read it.
import { useEffect } from "react";

export const HEIGHT_MESSAGE = "rightsdesk:height";

export function EmbedHeightReporter() {
  useEffect(() => {
    if (window.parent === window) return;
    // The form's own height, not the document's: the body fills the frame (min-height: 100vh), so the
    // document could grow with the frame but never shrink back, e.g. from the form to the short confirmation.
    const content = document.getElementById("main");
    if (!content) return;
    let last = 0;
    const report = () => {
      const height = Math.ceil(content.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
    };
    const observer = new ResizeObserver(report);
    observer.observe(content);
    report();
    return () => observer.disconnect();
  }, []);
  return null;
}
