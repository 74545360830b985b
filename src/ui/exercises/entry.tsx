// The lesson widget `<Exercises lesson="slug" />`, as small as it can be: it loads the exercises' own
// chunk only when the end of the lesson comes near the screen, so a lesson's first download does not
// grow. A link's seed (`?seed=42`) is a field of the address (urlState.ts), kept in the app store.

import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { Figure } from "../components/Figure.tsx";
import { whenNear } from "../components/whenNear.ts";

const Lazy = lazy(() => import("./Exercises.tsx").then((m) => ({ default: m.Exercises })));

export function Exercises(props: { lesson?: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    return whenNear(element, "600px", () => setNear(true));
  }, [near]);
  return (
    <div ref={ref} className="exercises-frame">
      {near ? (
        <Figure name="Exercises">
          <Suspense fallback={null}>
            <Lazy {...props} />
          </Suspense>
        </Figure>
      ) : null}
    </div>
  );
}
