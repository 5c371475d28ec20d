//! Builds SQL with binds for either backend: SQLite numbers nothing (`?`), PostgreSQL wants
//! `$1, $2, ...`. Values are always bound, never formatted into the text.

use sqlx::{any::AnyArguments, query::Query, Any};

use crate::db::Backend;

#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    OptText(Option<String>),
    Int(i64),
    OptInt(Option<i64>),
}

pub struct Sql {
    backend: Backend,
    text: String,
    args: Vec<Arg>,
}

impl Sql {
    pub fn new(backend: Backend) -> Sql {
        Sql {
            backend,
            text: String::new(),
            args: Vec::new(),
        }
    }

    pub fn push(&mut self, text: &str) -> &mut Sql {
        self.text.push_str(text);
        self
    }

    pub fn bind(&mut self, arg: Arg) -> &mut Sql {
        self.args.push(arg);
        match self.backend {
            Backend::Sqlite => self.text.push('?'),
            Backend::Postgres => {
                self.text.push('$');
                self.text.push_str(&self.args.len().to_string());
            }
        }
        self
    }

    pub fn text_arg(&mut self, value: impl Into<String>) -> &mut Sql {
        self.bind(Arg::Text(value.into()))
    }

    /// `(?, ?, ?)` for a list of texts; an empty list becomes `(NULL)`, which matches nothing.
    pub fn text_list<S: AsRef<str>>(&mut self, values: &[S]) -> &mut Sql {
        self.push("(");
        if values.is_empty() {
            self.push("NULL");
        }
        for (i, value) in values.iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.text_arg(value.as_ref());
        }
        self.push(")")
    }

    pub fn bind_count(&self) -> usize {
        self.args.len()
    }

    pub fn sql(&self) -> &str {
        &self.text
    }

    pub fn query(&self) -> Query<'_, Any, AnyArguments<'_>> {
        let mut query = sqlx::query::<Any>(&self.text);
        for arg in &self.args {
            query = match arg {
                Arg::Text(v) => query.bind(v.clone()),
                Arg::OptText(v) => query.bind(v.clone()),
                Arg::Int(v) => query.bind(*v),
                Arg::OptInt(v) => query.bind(*v),
            };
        }
        query
    }
}
