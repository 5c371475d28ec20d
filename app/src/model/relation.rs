//! Relation types and their inverses (Backstage catalog-model src/kinds/relations.ts). Both
//! directions are stored, so an owner sees `ownerOf` without a second query.

pub const OWNED_BY: &str = "ownedBy";
pub const OWNER_OF: &str = "ownerOf";
pub const CONSUMES_API: &str = "consumesApi";
pub const API_CONSUMED_BY: &str = "apiConsumedBy";
pub const PROVIDES_API: &str = "providesApi";
pub const API_PROVIDED_BY: &str = "apiProvidedBy";
pub const DEPENDS_ON: &str = "dependsOn";
pub const DEPENDENCY_OF: &str = "dependencyOf";
pub const PARENT_OF: &str = "parentOf";
pub const CHILD_OF: &str = "childOf";
pub const MEMBER_OF: &str = "memberOf";
pub const HAS_MEMBER: &str = "hasMember";
pub const PART_OF: &str = "partOf";
pub const HAS_PART: &str = "hasPart";

const PAIRS: [(&str, &str); 7] = [
    (OWNED_BY, OWNER_OF),
    (CONSUMES_API, API_CONSUMED_BY),
    (PROVIDES_API, API_PROVIDED_BY),
    (DEPENDS_ON, DEPENDENCY_OF),
    (PARENT_OF, CHILD_OF),
    (MEMBER_OF, HAS_MEMBER),
    (PART_OF, HAS_PART),
];

/// The type of the reverse edge, for the built-in pairs.
pub fn inverse(relation_type: &str) -> Option<&'static str> {
    PAIRS.iter().find_map(|(a, b)| {
        if *a == relation_type {
            Some(*b)
        } else if *b == relation_type {
            Some(*a)
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pair_inverts_both_ways() {
        for (a, b) in PAIRS {
            assert_eq!(inverse(a), Some(b));
            assert_eq!(inverse(b), Some(a));
        }
        assert_eq!(inverse("madeUp"), None);
    }
}
