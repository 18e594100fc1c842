/** Files `upkeep init` writes. The policy encodes the SCS board's words of 2023-03-20. */

import { policyTemplate } from '../core/policy/template.js';

/** The SCS board's words above the policy; the keys, defaults and comments come from the check rules. */
const POLICY_HEADER = `# Upkeep policy: the upgrade rules of this stack, written down (docs/policy.md explains every key).
#
# The SCS board, 2023-03-20: "Use well matured versions (OpenStack Zed just before Antelope gets
# released), not necessarily latest stable. Keep old versions; upgrade only if the components are
# in danger of running out of maintenance or are no longer supported by other components."

`;

export const POLICY_TEMPLATE = policyTemplate(POLICY_HEADER);

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
