/** Files `upkeep init` writes. The policy encodes the SCS board's words of 2023-03-20. */

export const POLICY_TEMPLATE = `# Upkeep policy: the upgrade rules of this stack, written down (docs/policy.md explains every key).
#
# The SCS board, 2023-03-20: "Use well matured versions (OpenStack Zed just before Antelope gets
# released), not necessarily latest stable. Keep old versions; upgrade only if the components are
# in danger of running out of maintenance or are no longer supported by other components."

# "in danger of running out of maintenance": the pinned cycle's upstream maintenance must last
# until the release's planned end plus a margin.
horizon:
  phase: maintained        # maintained (bug fixes) | security (security fixes only) | extended
  margin_days: 0           # extra days after the planned end the phase must still cover
  severity: error          # error | warning | info
  warn_within_days: 90     # also warn when the phase ends less than this after the margin (0: off)

# "well matured versions, not necessarily latest stable": judged at the release date.
maturity:
  min_age_days: 90                 # the cycle's first stable release at least this old
  min_point_releases: 2            # at least this many stable point releases published
  not_first_point_release: true    # never ship x.y.0 (Ceph x.2.0) of a new cycle
  severity: warning                # error | warning | info | ignore, for the three rules above
  # age_severity, point_releases_severity, first_point_release_severity override it per rule

# "no longer supported by other components": when a pin matches \`when\`, each \`require\` must hold.
# A constraint is a cycle ("16"), a list of cycles (["16", "17"]) or a range (">=3.1", "<2023.1").
compatibility: []
#  - id: antelope-ceph
#    when: { openstack: "2023.1" }
#    require: { ceph: ["16", "17"] }
#    severity: error
#    reason: tested combinations of OpenStack and Ceph

# Pins that are no version (a git commit): reported, never guessed.
unversioned:
  severity: warning
# Pins whose component has no lifecycle in products/.
no_lifecycle:
  severity: ignore
# Pins whose version maps to no known cycle of its product.
unknown_cycle:
  severity: warning
# Cycles without a published end of the horizon's phase.
unknown_end:
  severity: info
# The end known today differs from the one published when the release shipped (announced vs actual).
end_moved:
  severity: info
# A pin is a release candidate or development version (Ceph 17.1.0, 1.28.0-rc.1).
unstable:
  severity: error
# A pin names a point release its cycle had not published (16.2.99), where point releases are known.
unknown_version:
  severity: warning
# A pinned cycle is released only after the release date.
cycle_future:
  severity: error
`;

export function workspaceTemplate(name: string): string {
  return `# Upkeep workspace: the stack's components and where their lifecycles come from.
# Products live in products/<id>.yaml, releases in releases/<id>.yaml, the policy in policy.yaml.
name: ${JSON.stringify(name)}
# component id (as pinned in releases) → product (products/<id>.yaml), version scheme, packaging
components: {}
#  ceph: { product: ceph }
#  image/mariadb: { product: mariadb, scheme: container, packaging: container-image }
`;
}
