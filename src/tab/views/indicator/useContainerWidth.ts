import { useLayoutEffect, useRef, useState } from "react";

/**
 * The width of the element `ref` is put on, followed as it changes (a phone turned, a pane resized), so the
 * chart is drawn to fit its column rather than the width it first saw.
 */
export function useContainerWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    const Observer = element?.ownerDocument.defaultView?.ResizeObserver;
    if (element === null || Observer === undefined) return;
    setWidth(Math.floor(element.getBoundingClientRect().width));
    const observer = new Observer((entries) => {
      const box = entries[0]?.contentRect;
      if (box) setWidth(Math.floor(box.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
