import type { ReactNode } from 'react';
import { Checkbox } from './Field';

/** A checkbox that shows what belongs to it only while ticked (CSS only: works without JavaScript). */
export function Reveal({ name, label, checked, children }: { name: string; label: string; checked: boolean; children: ReactNode }) {
  return (
    <div className="reveal space-y-4">
      <Checkbox className="reveal-toggle" name={name} label={label} defaultChecked={checked} />
      <div className="reveal-body">{children}</div>
    </div>
  );
}
