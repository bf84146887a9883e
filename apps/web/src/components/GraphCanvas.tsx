import { useEffect, useRef } from 'react';
import { mountRenderer } from '../core/sigma/controller.ts';

export function GraphCanvas() {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => (container.current ? mountRenderer(container.current) : undefined), []);
  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" />;
}
