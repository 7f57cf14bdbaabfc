import { useEffect, useRef, useState } from 'react';
import { startCameraScanner } from '../scanning/camera-scanner';

/** The live camera as a barcode scanner: each confirmed code goes to onCode. */
export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const view = useRef<HTMLDivElement>(null);
  const latest = useRef(onCode);
  latest.current = onCode;
  const [problem, setProblem] = useState<string | null>(null);
  const [last, setLast] = useState<string | null>(null);
  useEffect(
    () =>
      startCameraScanner(
        view.current!,
        (code) => {
          setLast(code);
          latest.current(code);
        },
        setProblem,
      ),
    [],
  );
  return (
    <section className="camera-scanner" aria-label="Pemindai kamera">
      <div ref={view} className="camera-view" />
      {problem ? (
        <p className="camera-problem" role="alert">
          {problem}
        </p>
      ) : (
        <p className="hint" data-testid="camera-last">
          {last ? `Terbaca: ${last}` : 'Arahkan barcode ke kamera, tahan sebentar.'}
        </p>
      )}
    </section>
  );
}
