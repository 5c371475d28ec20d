//! Walks the tree of files under one root location: the root's target (a glob expands to many
//! files), then every file named by a `kind: Location` entity found on the way, each once.

use std::collections::{HashSet, VecDeque};

use super::{
    location::{LocationSpec, Target},
    process::{process_file, ChildLocation, FileContext, FileOutcome},
    reader::Reader,
    validate::KindRules,
};

/// One visited file: its outcome, or why it could not be read.
pub enum WalkStep {
    File {
        source: String,
        /// The Location entity that named this file.
        parent_ref: String,
        outcome: FileOutcome,
    },
    Failed {
        source: String,
        message: String,
    },
}

pub struct TreeWalk {
    origin: LocationSpec,
    rules: KindRules,
    queue: VecDeque<ChildLocation>,
    pending: VecDeque<(Target, ChildLocation)>,
    visited: HashSet<Target>,
}

impl TreeWalk {
    pub fn new(
        origin: LocationSpec,
        root: Target,
        parent_ref: String,
        rules: KindRules,
    ) -> TreeWalk {
        let mut queue = VecDeque::new();
        queue.push_back(ChildLocation {
            target: root,
            parent_ref,
            optional: false,
        });
        TreeWalk {
            origin,
            rules,
            queue,
            pending: VecDeque::new(),
            visited: HashSet::new(),
        }
    }

    pub async fn next(&mut self, reader: &Reader) -> Option<WalkStep> {
        loop {
            if let Some((target, child)) = self.pending.pop_front() {
                if !self.visited.insert(target.clone()) {
                    continue;
                }
                return Some(self.visit(target, child, reader).await);
            }
            let child = self.queue.pop_front()?;
            match reader.expand(&child.target) {
                Ok(files) if files.is_empty() && !child.optional => {
                    return Some(WalkStep::Failed {
                        source: child.target.spec().reference(),
                        message: format!("{}: no files match", child.target.spec().target),
                    });
                }
                Ok(files) => {
                    for file in files {
                        self.pending.push_back((file, child.clone()));
                    }
                }
                Err(error) => {
                    return Some(WalkStep::Failed {
                        source: child.target.spec().reference(),
                        message: error.to_string(),
                    })
                }
            }
        }
    }

    async fn visit(&mut self, target: Target, child: ChildLocation, reader: &Reader) -> WalkStep {
        let source = target.spec().reference();
        let text = match reader.read(&target).await {
            Ok(text) => text,
            Err(error) if error.is_not_found() && child.optional => {
                return WalkStep::File {
                    source,
                    parent_ref: child.parent_ref,
                    outcome: FileOutcome::default(),
                }
            }
            Err(error) => {
                return WalkStep::Failed {
                    source,
                    message: error.to_string(),
                }
            }
        };
        let context = FileContext {
            target,
            origin: self.origin.clone(),
            parent_ref: child.parent_ref.clone(),
            rules: self.rules.clone(),
        };
        let outcome = process_file(&context, &text, reader).await;
        self.queue.extend(outcome.children.iter().cloned());
        WalkStep::File {
            source,
            parent_ref: child.parent_ref,
            outcome,
        }
    }
}
