/** An organisation's name as people read it: its display name when it has one, else its legal name. */
export function orgName(org: { displayName?: string | null; legalName: string }): string {
  return org.displayName || org.legalName;
}
