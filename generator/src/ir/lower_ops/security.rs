//! An operation's security requirement, and the schemes it names.

use super::*;

impl OperationLowering<'_, '_, '_> {
    pub(super) fn security(
        &mut self,
        used: &mut Vec<SchemeUse>,
    ) -> Result<Vec<Vec<String>>, Diagnostic> {
        let (requirements, at) = match &self.op.security {
            Some(s) => (s, self.at.push("security")),
            None => match &self.spec.api.security {
                Some(s) => (s, Pointer::root().push("security")),
                None => return Ok(Vec::new()),
            },
        };
        let mut alternatives = Vec::new();
        'requirements: for (i, requirement) in requirements.iter().enumerate() {
            let mut names = Vec::new();
            for name in requirement.keys() {
                let name_at = at.index(i).push(name);
                let Some(kind) = self.scheme_kind(name)? else {
                    // Credentials for an undefined scheme cannot be sent, so
                    // this alternative can never be chosen.
                    self.lowering.warnings.warn(
                        &name_at,
                        format!("the security scheme `{name}` is not defined in #/components/securitySchemes; this alternative is left out"),
                    );
                    continue 'requirements;
                };
                if !used.iter().any(|u| u.name == *name) {
                    used.push(SchemeUse {
                        name: name.clone(),
                        kind,
                    });
                }
                names.push(name.clone());
            }
            alternatives.push(names);
        }
        // `security: [{}]` alone means no credentials at all.
        if alternatives.iter().all(Vec::is_empty) {
            alternatives.clear();
        }
        Ok(alternatives)
    }

    /// The kind of a scheme; `None` when the spec does not define it.
    fn scheme_kind(&self, name: &str) -> Result<Option<SchemeKind>, Diagnostic> {
        let Some(scheme) = self
            .spec
            .api
            .components
            .as_ref()
            .and_then(|c| c.security_schemes.get(name))
        else {
            return Ok(None);
        };
        let scheme_at = Pointer::root()
            .push("components")
            .push("securitySchemes")
            .push(name);
        let (scheme, _) =
            resolve::follow(self.spec, scheme, &scheme_at, &resolve::SECURITY_SCHEMES)?;
        Ok(Some(match scheme.as_ref() {
            SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => {
                SchemeKind::Basic
            }
            SecurityScheme::HTTP { .. }
            | SecurityScheme::OAuth2 { .. }
            | SecurityScheme::OpenIDConnect { .. } => SchemeKind::Bearer,
            SecurityScheme::APIKey { location, name, .. } => SchemeKind::ApiKey {
                location: match location {
                    openapiv3::APIKeyLocation::Query => ParamLocation::Query,
                    openapiv3::APIKeyLocation::Header => ParamLocation::Header,
                    openapiv3::APIKeyLocation::Cookie => ParamLocation::Cookie,
                },
                name: name.clone(),
            },
        }))
    }
}
