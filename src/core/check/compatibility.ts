import { isRange } from '../policy/constraint.js';
import type { CompatibilityRule, Constraint } from '../policy/types.js';
import { satisfies } from '../versions/range.js';
import type { Release } from '../workspace.js';
import type { Finding } from './finding.js';
import type { ResolvedPin } from './resolve.js';

/** A pin meets a constraint when its cycle is one of the listed ones or its version is in a listed range. */
export function meets(pin: ResolvedPin, constraint: Constraint): boolean {
  for (const want of constraint.anyOf) {
    if (isRange(want)) {
      if (pin.scheme && pin.parsed && satisfies(pin.scheme, pin.pin.version, want)) return true;
      continue;
    }
    if (pin.pin.version === want) return true;
    if (pin.cycle) {
      const wanted = pin.known?.find(want);
      if (wanted ? wanted === pin.cycle : pin.cycle.id === want) return true;
    }
    if (pin.parsed?.cycles.includes(want)) return true;
  }
  return false;
}

/** Pins of a release by component id and by product id (the default pins only). */
function index(pins: readonly ResolvedPin[]): Map<string, ResolvedPin> {
  const byKey = new Map<string, ResolvedPin>();
  for (const p of pins) if (!p.alternative) byKey.set(p.pin.component, p);
  for (const p of pins) if (!p.alternative && p.product && !byKey.has(p.product)) byKey.set(p.product, p);
  return byKey;
}

/** Rules whose `when` holds must have their `require` hold too; each miss is a finding. */
export function compatibilityFindings(release: Release, pins: readonly ResolvedPin[], rules: readonly CompatibilityRule[], out: Finding[]): void {
  if (rules.length === 0) return;
  const byKey = index(pins);
  for (const rule of rules) {
    const because: Record<string, string> = {};
    let applies = true;
    for (const [key, c] of Object.entries(rule.when)) {
      const p = byKey.get(key);
      if (!p || !meets(p, c)) {
        applies = false;
        break;
      }
      because[key] = p.pin.version;
    }
    if (!applies) continue;
    for (const [key, c] of Object.entries(rule.require)) {
      const p = byKey.get(key);
      if (p && meets(p, c)) continue;
      out.push({
        release: release.id,
        component: p?.pin.component ?? key,
        ...(p?.product ? { product: p.product } : {}),
        version: p?.pin.version ?? '',
        ...(p?.cycle ? { cycle: p.cycle.id } : {}),
        ...(p?.cycle?.codename ? { codename: p.cycle.codename } : {}),
        alternative: false,
        ...(p?.pin.at ? { at: p.pin.at } : release.at ? { at: release.at } : {}),
        severity: rule.severity,
        rule: 'compatibility',
        ruleId: rule.id,
        requires: c.anyOf,
        ...(rule.reason ? { reason: rule.reason } : {}),
        because,
        missing: !p,
      });
    }
  }
}
