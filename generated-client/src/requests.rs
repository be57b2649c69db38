//! Request builders, one per operation. A `Client` method starts each; optional
//! parameters are setters; `.await` (or `send()`) sends it.

use crate::{Client, Error, Response};
use crate::models;

impl Client {
    /// List identities
    ///
    /// Returns one page of the project's identities, optionally only those with the given IDs or the one that signs in with a given identifier. Without `page`, the server pages by token (`page_size`, `page_token`); with `page`, by page number (`per_page`, `page`), for at most 1,000 items in all.
    ///
    /// `GET /admin/identities`
    ///
    /// # Optional parameters, set on [`ListIdentitiesRequest`]
    ///
    /// - [`per_page`](ListIdentitiesRequest::per_page) (query parameter `per_page`): How many items a page holds, in page-number mode (with `page`). Without `page` the server reads it as `page_size`. The server's default: `250`.
    /// - [`page`](ListIdentitiesRequest::page) (query parameter `page`): The number of the page to return, counting from 0. Giving it switches the server to page-number mode, which serves at most 1,000 items in all (`page` × `per_page`); token mode (`page_size`, `page_token`) has no such limit and is the default.
    /// - [`page_size`](ListIdentitiesRequest::page_size) (query parameter `page_size`): How many items a page holds. The server's default: `250`.
    /// - [`page_token`](ListIdentitiesRequest::page_token) (query parameter `page_token`): The position of the page to return: an opaque token from the `Link` header of the previous page. Absent for the first page.
    /// - [`consistency`](ListIdentitiesRequest::consistency) (query parameter `consistency`): How fresh the data read must be, on deployments that offer a choice: `strong` reads the latest data (slower), `eventual` may read data a few seconds old (faster); empty or absent means the project's default.
    /// - [`ids`](ListIdentitiesRequest::ids) (query parameter `ids`): Return only the identities with these IDs; no filter when empty.
    /// - [`credentials_identifier`](ListIdentitiesRequest::credentials_identifier) (query parameter `credentials_identifier`): Return only the identity that signs in with exactly this identifier, for example an email address or a username. Cannot be combined with `preview_credentials_identifier_similar`.
    /// - [`preview_credentials_identifier_similar`](ListIdentitiesRequest::preview_credentials_identifier_similar) (query parameter `preview_credentials_identifier_similar`): Experimental, and subject to change without notice: return identities whose identifiers resemble this one.
    /// - [`include_credential`](ListIdentitiesRequest::include_credential) (query parameter `include_credential`): Credential types to include in each identity, for example `password` or `oidc` (which adds the tokens received from the social sign-in provider). Credentials are left out otherwise.
    ///
    /// # Responses
    ///
    /// - `200`: One page of identities. `Vec<Identity>`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    ///
    /// Sends the credentials of `oryAccessToken` when the client has them.
    pub fn list_identities(&self) -> ListIdentitiesRequest<'_> {
        ListIdentitiesRequest {
            client: self,
            call_options: Default::default(),
            per_page: None,
            page: None,
            page_size: None,
            page_token: None,
            consistency: None,
            ids: None,
            credentials_identifier: None,
            preview_credentials_identifier_similar: None,
            include_credential: None,
            resume: None,
        }
    }
}

/// A `GET /admin/identities` request, started by [`Client::list_identities`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct ListIdentitiesRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    per_page: Option<i64>,
    page: Option<i64>,
    page_size: Option<i64>,
    page_token: Option<String>,
    consistency: Option<models::ListIdentitiesConsistency>,
    ids: Option<Vec<String>>,
    credentials_identifier: Option<String>,
    preview_credentials_identifier_similar: Option<String>,
    include_credential: Option<Vec<String>>,
    resume: Option<crate::PageCursor>,
}

impl<'a> ListIdentitiesRequest<'a> {
    /// How many items a page holds, in page-number mode (with `page`). Without `page` the server reads it as `page_size`.
    ///
    /// The server's default: `250`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// The number of the page to return, counting from 0. Giving it switches the server to page-number mode, which serves at most 1,000 items in all (`page` × `per_page`); token mode (`page_size`, `page_token`) has no such limit and is the default.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// How many items a page holds.
    ///
    /// The server's default: `250`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }

    /// The position of the page to return: an opaque token from the `Link` header of the previous page. Absent for the first page.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.page_token = Some(value.into());
        self
    }

    /// How fresh the data read must be, on deployments that offer a choice: `strong` reads the latest data (slower), `eventual` may read data a few seconds old (faster); empty or absent means the project's default.
    pub fn consistency(
        mut self,
        value: impl Into<models::ListIdentitiesConsistency>,
    ) -> Self {
        self.consistency = Some(value.into());
        self
    }

    /// Return only the identities with these IDs; no filter when empty.
    pub fn ids(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Return only the identity that signs in with exactly this identifier, for example an email address or a username. Cannot be combined with `preview_credentials_identifier_similar`.
    pub fn credentials_identifier(mut self, value: impl Into<String>) -> Self {
        self.credentials_identifier = Some(value.into());
        self
    }

    /// Experimental, and subject to change without notice: return identities whose identifiers resemble this one.
    pub fn preview_credentials_identifier_similar(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.preview_credentials_identifier_similar = Some(value.into());
        self
    }

    /// Credential types to include in each identity, for example `password` or `oidc` (which adds the tokens received from the social sign-in provider). Credentials are left out otherwise.
    pub fn include_credential(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.include_credential = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(
        self,
    ) -> crate::SendFuture<'a, Vec<models::Identity>, models::ErrorGeneric> {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<'a, Vec<models::Identity>, models::ErrorGeneric> {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "listIdentities",
            path: "/admin/identities",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let path = "/admin/identities";
        let mut url = self.client.url(path)?;
        let mut query = crate::query::Query::default();
        if let Some(value) = &self.per_page {
            query.push("per_page", value.to_string());
        }
        if let Some(value) = &self.page {
            query.push("page", value.to_string());
        }
        if let Some(value) = &self.page_size {
            query.push("page_size", value.to_string());
        }
        if let Some(value) = &self.page_token {
            query.push("page_token", value.clone());
        }
        if let Some(value) = &self.consistency {
            query.push("consistency", value.as_str());
        }
        if let Some(value) = &self.ids {
            for item in value.iter() {
                query.push("ids", item.clone());
            }
        }
        if let Some(value) = &self.credentials_identifier {
            query.push("credentials_identifier", value.clone());
        }
        if let Some(value) = &self.preview_credentials_identifier_similar {
            query.push("preview_credentials_identifier_similar", value.clone());
        }
        if let Some(value) = &self.include_credential {
            for item in value.iter() {
                query.push("include_credential", item.clone());
            }
        }
        if let Some(cursor) = &self.resume {
            cursor.apply(&mut url);
            query = crate::query::Query::default();
        }
        let auth = self.client.credentials.authorize_ory_access_token();
        query.apply(&mut url);
        let request = self.client.request(reqwest::Method::GET, url, "application/json");
        Ok(auth.apply(request))
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<Response<Vec<models::Identity>>, Error<models::ErrorGeneric>> {
        match response.status() {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }

    /// How this operation's pages are found.
    const PAGING: crate::pagination::Paging = crate::pagination::Paging {
        number: None,
        secret: &[],
    };
    /// Asks for the page `cursor` names (a [`Page`](crate::Page)'s `next`,
    /// perhaps stored as text) instead of the first one. The cursor is the
    /// query of the server's next link, so it decides every query
    /// parameter: those set on this builder are not sent.
    pub fn resume(mut self, cursor: crate::PageCursor) -> Self {
        self.resume = Some(cursor);
        self
    }

    /// Sends the request and returns one page: its items, and the cursor
    /// of the next page from the `Link: <…>; rel="next"` header (`None` on
    /// the last page). Pass that cursor to [`resume`](Self::resume) to go
    /// on, now or later.
    pub fn send_page(
        self,
    ) -> crate::PageFuture<'a, models::Identity, models::ErrorGeneric> {
        self.send_with_response().page(Self::PAGING)
    }

    /// Every item of every page, as a stream: this request first, then the
    /// page each `rel="next"` link names, as the server wrote it (its query,
    /// on this operation's path), until a page has no next link or no
    /// items. Errors are items of the stream and end it, as does a next
    /// link to another host or to a page the server named before.
    pub fn into_stream(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<models::Identity, Error<models::ErrorGeneric>>,
    > + Send + Unpin + 'a {
        let send = move |cursor: Option<crate::PageCursor>| {
            let mut request = self.clone();
            if cursor.is_some() {
                request.resume = cursor;
            }
            request.send_with_response()
        };
        crate::pagination::stream(Box::new(send), Self::PAGING)
    }
}

impl<'a> std::future::IntoFuture for ListIdentitiesRequest<'a> {
    type Output = Result<Vec<models::Identity>, Error<models::ErrorGeneric>>;
    type IntoFuture = crate::SendFuture<'a, Vec<models::Identity>, models::ErrorGeneric>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// Create an identity
    ///
    /// Creates an identity. Credentials such as password hashes or social sign-in links may be imported along with it.
    ///
    /// `POST /admin/identities`
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, sent as `application/json`.
    ///
    /// # Responses
    ///
    /// - `201`: The identity that was created. `Identity`.
    /// - `400` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `409` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    ///
    /// Sends the credentials of `oryAccessToken` when the client has them.
    pub fn create_identity<'a>(
        &'a self,
        body: &'a models::CreateIdentityBody,
    ) -> CreateIdentityRequest<'a> {
        CreateIdentityRequest {
            client: self,
            call_options: Default::default(),
            body,
        }
    }
}

/// A `POST /admin/identities` request, started by [`Client::create_identity`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct CreateIdentityRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    body: &'a models::CreateIdentityBody,
}

impl<'a> CreateIdentityRequest<'a> {
    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(self) -> crate::SendFuture<'a, models::Identity, models::ErrorGeneric> {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<'a, models::Identity, models::ErrorGeneric> {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "createIdentity",
            path: "/admin/identities",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let path = "/admin/identities";
        let url = self.client.url(path)?;
        let auth = self.client.credentials.authorize_ory_access_token();
        let request = self
            .client
            .request(reqwest::Method::POST, url, "application/json");
        let body = self.body;
        let request = crate::json_body::json(request, "application/json", body)?;
        Ok(auth.apply(request))
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<Response<models::Identity>, Error<models::ErrorGeneric>> {
        match response.status() {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }
}

impl<'a> std::future::IntoFuture for CreateIdentityRequest<'a> {
    type Output = Result<models::Identity, Error<models::ErrorGeneric>>;
    type IntoFuture = crate::SendFuture<'a, models::Identity, models::ErrorGeneric>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// Create several identities at once
    ///
    /// Creates up to 1,000 identities in one call. The response has one result per entry, in order, with the new identity's ID or the error that stopped it. Kratos v1.3.1 on SQLite creates none of the batch when an entry fails, yet reports the others as created (tests/kratos_identities.rs, batch_patch_reports_each_entry).
    ///
    /// `PATCH /admin/identities`
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, sent as `application/json`.
    ///
    /// # Responses
    ///
    /// - `200`: One result per entry of the request. `BatchPatchIdentitiesResponse`.
    /// - `400` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `409` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    ///
    /// Sends the credentials of `oryAccessToken` when the client has them.
    pub fn batch_patch_identities<'a>(
        &'a self,
        body: &'a models::PatchIdentitiesBody,
    ) -> BatchPatchIdentitiesRequest<'a> {
        BatchPatchIdentitiesRequest {
            client: self,
            call_options: Default::default(),
            body,
        }
    }
}

/// A `PATCH /admin/identities` request, started by [`Client::batch_patch_identities`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct BatchPatchIdentitiesRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    body: &'a models::PatchIdentitiesBody,
}

impl<'a> BatchPatchIdentitiesRequest<'a> {
    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(
        self,
    ) -> crate::SendFuture<
        'a,
        models::BatchPatchIdentitiesResponse,
        models::ErrorGeneric,
    > {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<
        'a,
        models::BatchPatchIdentitiesResponse,
        models::ErrorGeneric,
    > {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "batchPatchIdentities",
            path: "/admin/identities",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let path = "/admin/identities";
        let url = self.client.url(path)?;
        let auth = self.client.credentials.authorize_ory_access_token();
        let request = self
            .client
            .request(reqwest::Method::PATCH, url, "application/json");
        let body = self.body;
        let request = crate::json_body::json(request, "application/json", body)?;
        Ok(auth.apply(request))
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<
        Response<models::BatchPatchIdentitiesResponse>,
        Error<models::ErrorGeneric>,
    > {
        match response.status() {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }
}

impl<'a> std::future::IntoFuture for BatchPatchIdentitiesRequest<'a> {
    type Output = Result<
        models::BatchPatchIdentitiesResponse,
        Error<models::ErrorGeneric>,
    >;
    type IntoFuture = crate::SendFuture<
        'a,
        models::BatchPatchIdentitiesResponse,
        models::ErrorGeneric,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// Get an identity
    ///
    /// Returns one identity. Credentials are left out unless asked for with `include_credential`.
    ///
    /// `GET /admin/identities/{id}`
    ///
    /// # Arguments
    ///
    /// - `id` (path parameter `id`): The ID of the identity to return.
    ///
    /// # Optional parameters, set on [`GetIdentityRequest`]
    ///
    /// - [`include_credential`](GetIdentityRequest::include_credential) (query parameter `include_credential`): Credential types to include in the response, for example `oidc`, which adds the tokens received from the social sign-in provider.
    ///
    /// # Responses
    ///
    /// - `200`: The identity. `Identity`.
    /// - `404` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    ///
    /// Sends the credentials of `oryAccessToken` when the client has them.
    pub fn get_identity(&self, id: impl std::fmt::Display) -> GetIdentityRequest<'_> {
        GetIdentityRequest {
            client: self,
            call_options: Default::default(),
            id: id.to_string(),
            include_credential: None,
        }
    }
}

/// A `GET /admin/identities/{id}` request, started by [`Client::get_identity`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct GetIdentityRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    id: String,
    include_credential: Option<Vec<models::GetIdentityIncludeCredential>>,
}

impl<'a> GetIdentityRequest<'a> {
    /// Credential types to include in the response, for example `oidc`, which adds the tokens received from the social sign-in provider.
    pub fn include_credential(
        mut self,
        value: impl IntoIterator<Item = impl Into<models::GetIdentityIncludeCredential>>,
    ) -> Self {
        self.include_credential = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(self) -> crate::SendFuture<'a, models::Identity, models::ErrorGeneric> {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<'a, models::Identity, models::ErrorGeneric> {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "getIdentity",
            path: "/admin/identities/{id}",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let mut path = String::new();
        path.push_str("/admin/identities/");
        path.push_str(&crate::path::segment("id", &self.id)?);
        let mut url = self.client.url(&path)?;
        let mut query = crate::query::Query::default();
        if let Some(value) = &self.include_credential {
            for item in value.iter() {
                query.push("include_credential", item.as_str());
            }
        }
        let auth = self.client.credentials.authorize_ory_access_token();
        query.apply(&mut url);
        let request = self.client.request(reqwest::Method::GET, url, "application/json");
        Ok(auth.apply(request))
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<Response<models::Identity>, Error<models::ErrorGeneric>> {
        match response.status() {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetIdentityRequest<'a> {
    type Output = Result<models::Identity, Error<models::ErrorGeneric>>;
    type IntoFuture = crate::SendFuture<'a, models::Identity, models::ErrorGeneric>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// Update an identity
    ///
    /// Replaces an identity with the body sent. Every field except the credentials must be given; credentials sent are updated as well.
    ///
    /// `PUT /admin/identities/{id}`
    ///
    /// # Arguments
    ///
    /// - `id` (path parameter `id`): The ID of the identity to update.
    /// - `body`: the request body, sent as `application/json`.
    ///
    /// # Responses
    ///
    /// - `200`: The identity after the update. `Identity`.
    /// - `400` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `404` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `409` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    ///
    /// Sends the credentials of `oryAccessToken` when the client has them.
    pub fn update_identity<'a>(
        &'a self,
        id: impl std::fmt::Display,
        body: &'a models::UpdateIdentityBody,
    ) -> UpdateIdentityRequest<'a> {
        UpdateIdentityRequest {
            client: self,
            call_options: Default::default(),
            id: id.to_string(),
            body,
        }
    }
}

/// A `PUT /admin/identities/{id}` request, started by [`Client::update_identity`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct UpdateIdentityRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    id: String,
    body: &'a models::UpdateIdentityBody,
}

impl<'a> UpdateIdentityRequest<'a> {
    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(self) -> crate::SendFuture<'a, models::Identity, models::ErrorGeneric> {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<'a, models::Identity, models::ErrorGeneric> {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "updateIdentity",
            path: "/admin/identities/{id}",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let mut path = String::new();
        path.push_str("/admin/identities/");
        path.push_str(&crate::path::segment("id", &self.id)?);
        let url = self.client.url(&path)?;
        let auth = self.client.credentials.authorize_ory_access_token();
        let request = self.client.request(reqwest::Method::PUT, url, "application/json");
        let body = self.body;
        let request = crate::json_body::json(request, "application/json", body)?;
        Ok(auth.apply(request))
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<Response<models::Identity>, Error<models::ErrorGeneric>> {
        match response.status() {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }
}

impl<'a> std::future::IntoFuture for UpdateIdentityRequest<'a> {
    type Output = Result<models::Identity, Error<models::ErrorGeneric>>;
    type IntoFuture = crate::SendFuture<'a, models::Identity, models::ErrorGeneric>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// Delete an identity
    ///
    /// Deletes an identity for good. The call also succeeds when no identity has this ID, since the result is the same.
    ///
    /// `DELETE /admin/identities/{id}`
    ///
    /// # Arguments
    ///
    /// - `id` (path parameter `id`): The ID of the identity to delete.
    ///
    /// # Responses
    ///
    /// - `204`: The request succeeded and there is no body.
    /// - `404` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    ///
    /// Sends the credentials of `oryAccessToken` when the client has them.
    pub fn delete_identity(
        &self,
        id: impl std::fmt::Display,
    ) -> DeleteIdentityRequest<'_> {
        DeleteIdentityRequest {
            client: self,
            call_options: Default::default(),
            id: id.to_string(),
        }
    }
}

/// A `DELETE /admin/identities/{id}` request, started by [`Client::delete_identity`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct DeleteIdentityRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    id: String,
}

impl<'a> DeleteIdentityRequest<'a> {
    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(self) -> crate::SendFuture<'a, (), models::ErrorGeneric> {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<'a, (), models::ErrorGeneric> {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "deleteIdentity",
            path: "/admin/identities/{id}",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let mut path = String::new();
        path.push_str("/admin/identities/");
        path.push_str(&crate::path::segment("id", &self.id)?);
        let url = self.client.url(&path)?;
        let auth = self.client.credentials.authorize_ory_access_token();
        let request = self
            .client
            .request(reqwest::Method::DELETE, url, "application/json");
        Ok(auth.apply(request))
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<Response<()>, Error<models::ErrorGeneric>> {
        match response.status() {
            200..=299 => Ok(response.into_response().map(|_| ())),
            _ => Err(response.into_error()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteIdentityRequest<'a> {
    type Output = Result<(), Error<models::ErrorGeneric>>;
    type IntoFuture = crate::SendFuture<'a, (), models::ErrorGeneric>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// Patch an identity
    ///
    /// Changes parts of an identity with a JSON Patch (RFC 6902) document. The `id`, `stateChangedAt` and `credentials` fields cannot be patched.
    ///
    /// `PATCH /admin/identities/{id}`
    ///
    /// # Arguments
    ///
    /// - `id` (path parameter `id`): The ID of the identity to patch.
    /// - `body`: the request body, sent as `application/json`.
    ///
    /// # Responses
    ///
    /// - `200`: The identity after the patch was applied. `Identity`.
    /// - `400` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `404` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `409` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    ///
    /// Sends the credentials of `oryAccessToken` when the client has them.
    pub fn patch_identity<'a>(
        &'a self,
        id: impl std::fmt::Display,
        body: &'a [models::JsonPatch],
    ) -> PatchIdentityRequest<'a> {
        PatchIdentityRequest {
            client: self,
            call_options: Default::default(),
            id: id.to_string(),
            body,
        }
    }
}

/// A `PATCH /admin/identities/{id}` request, started by [`Client::patch_identity`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct PatchIdentityRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    id: String,
    body: &'a [models::JsonPatch],
}

impl<'a> PatchIdentityRequest<'a> {
    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(self) -> crate::SendFuture<'a, models::Identity, models::ErrorGeneric> {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<'a, models::Identity, models::ErrorGeneric> {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "patchIdentity",
            path: "/admin/identities/{id}",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let mut path = String::new();
        path.push_str("/admin/identities/");
        path.push_str(&crate::path::segment("id", &self.id)?);
        let url = self.client.url(&path)?;
        let auth = self.client.credentials.authorize_ory_access_token();
        let request = self
            .client
            .request(reqwest::Method::PATCH, url, "application/json");
        let body = self.body;
        let request = crate::json_body::json(request, "application/json", body)?;
        Ok(auth.apply(request))
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<Response<models::Identity>, Error<models::ErrorGeneric>> {
        match response.status() {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }
}

impl<'a> std::future::IntoFuture for PatchIdentityRequest<'a> {
    type Output = Result<models::Identity, Error<models::ErrorGeneric>>;
    type IntoFuture = crate::SendFuture<'a, models::Identity, models::ErrorGeneric>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// Delete a credential of an identity
    ///
    /// Removes a credential from an identity: a second factor (TOTP, WebAuthn, lookup secrets), a passkey, or one social sign-in link (`oidc`, with `identifier`). The first-factor credentials, such as the password, cannot be removed.
    ///
    /// `DELETE /admin/identities/{id}/credentials/{type}`
    ///
    /// # Arguments
    ///
    /// - `id` (path parameter `id`): The ID of the identity.
    /// - `type` (path parameter `type`): The kind of credential to remove.
    ///
    /// # Optional parameters, set on [`DeleteIdentityCredentialsRequest`]
    ///
    /// - [`identifier`](DeleteIdentityCredentialsRequest::identifier) (query parameter `identifier`): Which social sign-in link to remove when `type` is `oidc`: the credential's identifier, `<provider>:<subject>` (for example `github:12345`). Needed for `oidc`, ignored otherwise.
    ///
    /// # Responses
    ///
    /// - `204`: The request succeeded and there is no body.
    /// - `404` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    ///
    /// Sends the credentials of `oryAccessToken` when the client has them.
    pub fn delete_identity_credentials(
        &self,
        id: impl std::fmt::Display,
        r#type: impl Into<models::DeleteIdentityCredentialsType>,
    ) -> DeleteIdentityCredentialsRequest<'_> {
        DeleteIdentityCredentialsRequest {
            client: self,
            call_options: Default::default(),
            id: id.to_string(),
            r#type: r#type.into(),
            identifier: None,
        }
    }
}

/// A `DELETE /admin/identities/{id}/credentials/{type}` request, started by [`Client::delete_identity_credentials`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct DeleteIdentityCredentialsRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    id: String,
    r#type: models::DeleteIdentityCredentialsType,
    identifier: Option<String>,
}

impl<'a> DeleteIdentityCredentialsRequest<'a> {
    /// Which social sign-in link to remove when `type` is `oidc`: the credential's identifier, `<provider>:<subject>` (for example `github:12345`). Needed for `oidc`, ignored otherwise.
    pub fn identifier(mut self, value: impl Into<String>) -> Self {
        self.identifier = Some(value.into());
        self
    }

    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(self) -> crate::SendFuture<'a, (), models::ErrorGeneric> {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<'a, (), models::ErrorGeneric> {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "deleteIdentityCredentials",
            path: "/admin/identities/{id}/credentials/{type}",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let mut path = String::new();
        path.push_str("/admin/identities/");
        path.push_str(&crate::path::segment("id", &self.id)?);
        path.push_str("/credentials/");
        path.push_str(&crate::path::segment("type", self.r#type.as_str())?);
        let mut url = self.client.url(&path)?;
        let mut query = crate::query::Query::default();
        if let Some(value) = &self.identifier {
            query.push("identifier", value.clone());
        }
        let auth = self.client.credentials.authorize_ory_access_token();
        query.apply(&mut url);
        let request = self
            .client
            .request(reqwest::Method::DELETE, url, "application/json");
        Ok(auth.apply(request))
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<Response<()>, Error<models::ErrorGeneric>> {
        match response.status() {
            200..=299 => Ok(response.into_response().map(|_| ())),
            _ => Err(response.into_error()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteIdentityCredentialsRequest<'a> {
    type Output = Result<(), Error<models::ErrorGeneric>>;
    type IntoFuture = crate::SendFuture<'a, (), models::ErrorGeneric>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// List the sessions of an identity
    ///
    /// Returns one page of the sessions that belong to an identity, newest sign-in first, paged by page number.
    ///
    /// `GET /admin/identities/{id}/sessions`
    ///
    /// # Arguments
    ///
    /// - `id` (path parameter `id`): The ID of the identity.
    ///
    /// # Optional parameters, set on [`ListIdentitySessionsRequest`]
    ///
    /// - [`per_page`](ListIdentitySessionsRequest::per_page) (query parameter `per_page`): How many sessions a page holds. The server's default: `250`.
    /// - [`page`](ListIdentitySessionsRequest::page) (query parameter `page`): The number of the page to return, counting from 1.
    /// - [`active`](ListIdentitySessionsRequest::active) (query parameter `active`): Return only active (`true`) or only inactive (`false`) sessions; all sessions when absent.
    ///
    /// # Responses
    ///
    /// - `200`: One page of the identity's sessions. `Vec<Session>`.
    /// - `400` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `404` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    ///
    /// Sends the credentials of `oryAccessToken` when the client has them.
    pub fn list_identity_sessions(
        &self,
        id: impl std::fmt::Display,
    ) -> ListIdentitySessionsRequest<'_> {
        ListIdentitySessionsRequest {
            client: self,
            call_options: Default::default(),
            per_page: None,
            page: None,
            id: id.to_string(),
            active: None,
            resume: None,
        }
    }
}

/// A `GET /admin/identities/{id}/sessions` request, started by [`Client::list_identity_sessions`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct ListIdentitySessionsRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    per_page: Option<i64>,
    page: Option<i64>,
    id: String,
    active: Option<bool>,
    resume: Option<crate::PageCursor>,
}

impl<'a> ListIdentitySessionsRequest<'a> {
    /// How many sessions a page holds.
    ///
    /// The server's default: `250`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// The number of the page to return, counting from 1.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Return only active (`true`) or only inactive (`false`) sessions; all sessions when absent.
    pub fn active(mut self, value: bool) -> Self {
        self.active = Some(value);
        self
    }

    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(
        self,
    ) -> crate::SendFuture<'a, Vec<models::Session>, models::ErrorGeneric> {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<'a, Vec<models::Session>, models::ErrorGeneric> {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "listIdentitySessions",
            path: "/admin/identities/{id}/sessions",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let mut path = String::new();
        path.push_str("/admin/identities/");
        path.push_str(&crate::path::segment("id", &self.id)?);
        path.push_str("/sessions");
        let mut url = self.client.url(&path)?;
        let mut query = crate::query::Query::default();
        if let Some(value) = &self.per_page {
            query.push("per_page", value.to_string());
        }
        if let Some(value) = &self.page {
            query.push("page", value.to_string());
        }
        if let Some(value) = &self.active {
            query.push("active", value.to_string());
        }
        if let Some(cursor) = &self.resume {
            cursor.apply(&mut url);
            query = crate::query::Query::default();
        }
        let auth = self.client.credentials.authorize_ory_access_token();
        query.apply(&mut url);
        let request = self.client.request(reqwest::Method::GET, url, "application/json");
        Ok(auth.apply(request))
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<Response<Vec<models::Session>>, Error<models::ErrorGeneric>> {
        match response.status() {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }

    /// How this operation's pages are found.
    const PAGING: crate::pagination::Paging = crate::pagination::Paging {
        number: Some(("page", 1i64)),
        secret: &[],
    };
    /// Asks for the page `cursor` names (a [`Page`](crate::Page)'s `next`,
    /// perhaps stored as text) instead of the first one. The cursor is the
    /// query of the server's next link, so it decides every query
    /// parameter: those set on this builder are not sent.
    pub fn resume(mut self, cursor: crate::PageCursor) -> Self {
        self.resume = Some(cursor);
        self
    }

    /// Sends the request and returns one page: its items, and the cursor
    /// of the next page: this request with the page number one more
    /// (`None` after an empty page). Pass that cursor to [`resume`](Self::resume) to go
    /// on, now or later.
    pub fn send_page(
        self,
    ) -> crate::PageFuture<'a, models::Session, models::ErrorGeneric> {
        self.send_with_response().page(Self::PAGING)
    }

    /// Every item of every page, as a stream: this request first, then the
    /// next page by number, until a page is empty. Errors are items of
    /// the stream and end it.
    pub fn into_stream(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<models::Session, Error<models::ErrorGeneric>>,
    > + Send + Unpin + 'a {
        let send = move |cursor: Option<crate::PageCursor>| {
            let mut request = self.clone();
            if cursor.is_some() {
                request.resume = cursor;
            }
            request.send_with_response()
        };
        crate::pagination::stream(Box::new(send), Self::PAGING)
    }
}

impl<'a> std::future::IntoFuture for ListIdentitySessionsRequest<'a> {
    type Output = Result<Vec<models::Session>, Error<models::ErrorGeneric>>;
    type IntoFuture = crate::SendFuture<'a, Vec<models::Session>, models::ErrorGeneric>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// Revoke and delete the sessions of an identity
    ///
    /// Ends every session of an identity and deletes them; this cannot be undone.
    ///
    /// `DELETE /admin/identities/{id}/sessions`
    ///
    /// # Arguments
    ///
    /// - `id` (path parameter `id`): The ID of the identity.
    ///
    /// # Responses
    ///
    /// - `204`: The request succeeded and there is no body.
    /// - `400` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `401` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `404` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    ///
    /// Sends the credentials of `oryAccessToken` when the client has them.
    pub fn delete_identity_sessions(
        &self,
        id: impl std::fmt::Display,
    ) -> DeleteIdentitySessionsRequest<'_> {
        DeleteIdentitySessionsRequest {
            client: self,
            call_options: Default::default(),
            id: id.to_string(),
        }
    }
}

/// A `DELETE /admin/identities/{id}/sessions` request, started by [`Client::delete_identity_sessions`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct DeleteIdentitySessionsRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    id: String,
}

impl<'a> DeleteIdentitySessionsRequest<'a> {
    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(self) -> crate::SendFuture<'a, (), models::ErrorGeneric> {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<'a, (), models::ErrorGeneric> {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "deleteIdentitySessions",
            path: "/admin/identities/{id}/sessions",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let mut path = String::new();
        path.push_str("/admin/identities/");
        path.push_str(&crate::path::segment("id", &self.id)?);
        path.push_str("/sessions");
        let url = self.client.url(&path)?;
        let auth = self.client.credentials.authorize_ory_access_token();
        let request = self
            .client
            .request(reqwest::Method::DELETE, url, "application/json");
        Ok(auth.apply(request))
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<Response<()>, Error<models::ErrorGeneric>> {
        match response.status() {
            200..=299 => Ok(response.into_response().map(|_| ())),
            _ => Err(response.into_error()),
        }
    }
}

impl<'a> std::future::IntoFuture for DeleteIdentitySessionsRequest<'a> {
    type Output = Result<(), Error<models::ErrorGeneric>>;
    type IntoFuture = crate::SendFuture<'a, (), models::ErrorGeneric>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// Create a recovery code
    ///
    /// Creates a one-time recovery code, and a link to the page where it is entered, that let the identity's owner regain (or first activate) their account.
    ///
    /// `POST /admin/recovery/code`
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, sent as `application/json`.
    ///
    /// # Responses
    ///
    /// - `201`: The recovery code and the link to enter it at. `RecoveryCodeForIdentity`.
    /// - `400` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `404` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    ///
    /// Sends the credentials of `oryAccessToken` when the client has them.
    pub fn create_recovery_code_for_identity<'a>(
        &'a self,
        body: &'a models::CreateRecoveryCodeForIdentityBody,
    ) -> CreateRecoveryCodeForIdentityRequest<'a> {
        CreateRecoveryCodeForIdentityRequest {
            client: self,
            call_options: Default::default(),
            body,
        }
    }
}

/// A `POST /admin/recovery/code` request, started by [`Client::create_recovery_code_for_identity`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct CreateRecoveryCodeForIdentityRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    body: &'a models::CreateRecoveryCodeForIdentityBody,
}

impl<'a> CreateRecoveryCodeForIdentityRequest<'a> {
    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(
        self,
    ) -> crate::SendFuture<'a, models::RecoveryCodeForIdentity, models::ErrorGeneric> {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<
        'a,
        models::RecoveryCodeForIdentity,
        models::ErrorGeneric,
    > {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "createRecoveryCodeForIdentity",
            path: "/admin/recovery/code",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let path = "/admin/recovery/code";
        let url = self.client.url(path)?;
        let auth = self.client.credentials.authorize_ory_access_token();
        let request = self
            .client
            .request(reqwest::Method::POST, url, "application/json");
        let body = self.body;
        let request = crate::json_body::json(request, "application/json", body)?;
        Ok(auth.apply(request))
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<Response<models::RecoveryCodeForIdentity>, Error<models::ErrorGeneric>> {
        match response.status() {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }
}

impl<'a> std::future::IntoFuture for CreateRecoveryCodeForIdentityRequest<'a> {
    type Output = Result<models::RecoveryCodeForIdentity, Error<models::ErrorGeneric>>;
    type IntoFuture = crate::SendFuture<
        'a,
        models::RecoveryCodeForIdentity,
        models::ErrorGeneric,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// Create a recovery link
    ///
    /// Creates a one-time link that lets the identity's owner regain (or first activate) their account.
    ///
    /// `POST /admin/recovery/link`
    ///
    /// # Arguments
    ///
    /// - `body`: the request body, sent as `application/json`.
    ///
    /// # Optional parameters, set on [`CreateRecoveryLinkForIdentityRequest`]
    ///
    /// - [`return_to`](CreateRecoveryLinkForIdentityRequest::return_to) (query parameter `return_to`): Where to send the user once the account is recovered.
    ///
    /// # Responses
    ///
    /// - `200`: The recovery link. `RecoveryLinkForIdentity`.
    /// - `400` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `404` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    ///
    /// Sends the credentials of `oryAccessToken` when the client has them.
    pub fn create_recovery_link_for_identity<'a>(
        &'a self,
        body: &'a models::CreateRecoveryLinkForIdentityBody,
    ) -> CreateRecoveryLinkForIdentityRequest<'a> {
        CreateRecoveryLinkForIdentityRequest {
            client: self,
            call_options: Default::default(),
            return_to: None,
            body,
        }
    }
}

/// A `POST /admin/recovery/link` request, started by [`Client::create_recovery_link_for_identity`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct CreateRecoveryLinkForIdentityRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    return_to: Option<String>,
    body: &'a models::CreateRecoveryLinkForIdentityBody,
}

impl<'a> CreateRecoveryLinkForIdentityRequest<'a> {
    /// Where to send the user once the account is recovered.
    pub fn return_to(mut self, value: impl Into<String>) -> Self {
        self.return_to = Some(value.into());
        self
    }

    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(
        self,
    ) -> crate::SendFuture<'a, models::RecoveryLinkForIdentity, models::ErrorGeneric> {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<
        'a,
        models::RecoveryLinkForIdentity,
        models::ErrorGeneric,
    > {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "createRecoveryLinkForIdentity",
            path: "/admin/recovery/link",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let path = "/admin/recovery/link";
        let mut url = self.client.url(path)?;
        let mut query = crate::query::Query::default();
        if let Some(value) = &self.return_to {
            query.push("return_to", value.clone());
        }
        let auth = self.client.credentials.authorize_ory_access_token();
        query.apply(&mut url);
        let request = self
            .client
            .request(reqwest::Method::POST, url, "application/json");
        let body = self.body;
        let request = crate::json_body::json(request, "application/json", body)?;
        Ok(auth.apply(request))
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<Response<models::RecoveryLinkForIdentity>, Error<models::ErrorGeneric>> {
        match response.status() {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }
}

impl<'a> std::future::IntoFuture for CreateRecoveryLinkForIdentityRequest<'a> {
    type Output = Result<models::RecoveryLinkForIdentity, Error<models::ErrorGeneric>>;
    type IntoFuture = crate::SendFuture<
        'a,
        models::RecoveryLinkForIdentity,
        models::ErrorGeneric,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// List sessions
    ///
    /// Returns one page of all sessions of the project, paged by token.
    ///
    /// `GET /admin/sessions`
    ///
    /// # Optional parameters, set on [`ListSessionsRequest`]
    ///
    /// - [`page_size`](ListSessionsRequest::page_size) (query parameter `page_size`): How many sessions to return at most. The server's default: `250`.
    /// - [`page_token`](ListSessionsRequest::page_token) (query parameter `page_token`): The token of the page to return, taken from the `Link` header of the previous page.
    /// - [`active`](ListSessionsRequest::active) (query parameter `active`): Return only active (`true`) or only inactive (`false`) sessions; all sessions when absent.
    /// - [`expand`](ListSessionsRequest::expand) (query parameter `expand`): Related objects to embed in each session. Without it, neither the identity nor the devices are included.
    ///
    /// # Responses
    ///
    /// - `200`: One page of sessions. `Vec<Session>`.
    /// - `400` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    ///
    /// Sends the credentials of `oryAccessToken` when the client has them.
    pub fn list_sessions(&self) -> ListSessionsRequest<'_> {
        ListSessionsRequest {
            client: self,
            call_options: Default::default(),
            page_size: None,
            page_token: None,
            active: None,
            expand: None,
            resume: None,
        }
    }
}

/// A `GET /admin/sessions` request, started by [`Client::list_sessions`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct ListSessionsRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    page_size: Option<i64>,
    page_token: Option<String>,
    active: Option<bool>,
    expand: Option<Vec<models::ListSessionsExpand>>,
    resume: Option<crate::PageCursor>,
}

impl<'a> ListSessionsRequest<'a> {
    /// How many sessions to return at most.
    ///
    /// The server's default: `250`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }

    /// The token of the page to return, taken from the `Link` header of the previous page.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.page_token = Some(value.into());
        self
    }

    /// Return only active (`true`) or only inactive (`false`) sessions; all sessions when absent.
    pub fn active(mut self, value: bool) -> Self {
        self.active = Some(value);
        self
    }

    /// Related objects to embed in each session. Without it, neither the identity nor the devices are included.
    pub fn expand(
        mut self,
        value: impl IntoIterator<Item = impl Into<models::ListSessionsExpand>>,
    ) -> Self {
        self.expand = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(
        self,
    ) -> crate::SendFuture<'a, Vec<models::Session>, models::ErrorGeneric> {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<'a, Vec<models::Session>, models::ErrorGeneric> {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "listSessions",
            path: "/admin/sessions",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let path = "/admin/sessions";
        let mut url = self.client.url(path)?;
        let mut query = crate::query::Query::default();
        if let Some(value) = &self.page_size {
            query.push("page_size", value.to_string());
        }
        if let Some(value) = &self.page_token {
            query.push("page_token", value.clone());
        }
        if let Some(value) = &self.active {
            query.push("active", value.to_string());
        }
        if let Some(value) = &self.expand {
            for item in value.iter() {
                query.push("expand", item.as_str());
            }
        }
        if let Some(cursor) = &self.resume {
            cursor.apply(&mut url);
            query = crate::query::Query::default();
        }
        let auth = self.client.credentials.authorize_ory_access_token();
        query.apply(&mut url);
        let request = self.client.request(reqwest::Method::GET, url, "application/json");
        Ok(auth.apply(request))
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<Response<Vec<models::Session>>, Error<models::ErrorGeneric>> {
        match response.status() {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }

    /// How this operation's pages are found.
    const PAGING: crate::pagination::Paging = crate::pagination::Paging {
        number: None,
        secret: &[],
    };
    /// Asks for the page `cursor` names (a [`Page`](crate::Page)'s `next`,
    /// perhaps stored as text) instead of the first one. The cursor is the
    /// query of the server's next link, so it decides every query
    /// parameter: those set on this builder are not sent.
    pub fn resume(mut self, cursor: crate::PageCursor) -> Self {
        self.resume = Some(cursor);
        self
    }

    /// Sends the request and returns one page: its items, and the cursor
    /// of the next page from the `Link: <…>; rel="next"` header (`None` on
    /// the last page). Pass that cursor to [`resume`](Self::resume) to go
    /// on, now or later.
    pub fn send_page(
        self,
    ) -> crate::PageFuture<'a, models::Session, models::ErrorGeneric> {
        self.send_with_response().page(Self::PAGING)
    }

    /// Every item of every page, as a stream: this request first, then the
    /// page each `rel="next"` link names, as the server wrote it (its query,
    /// on this operation's path), until a page has no next link or no
    /// items. Errors are items of the stream and end it, as does a next
    /// link to another host or to a page the server named before.
    pub fn into_stream(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<models::Session, Error<models::ErrorGeneric>>,
    > + Send + Unpin + 'a {
        let send = move |cursor: Option<crate::PageCursor>| {
            let mut request = self.clone();
            if cursor.is_some() {
                request.resume = cursor;
            }
            request.send_with_response()
        };
        crate::pagination::stream(Box::new(send), Self::PAGING)
    }
}

impl<'a> std::future::IntoFuture for ListSessionsRequest<'a> {
    type Output = Result<Vec<models::Session>, Error<models::ErrorGeneric>>;
    type IntoFuture = crate::SendFuture<'a, Vec<models::Session>, models::ErrorGeneric>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// Get a session
    ///
    /// Returns one session, with the related objects asked for in `expand`.
    ///
    /// `GET /admin/sessions/{id}`
    ///
    /// # Arguments
    ///
    /// - `id` (path parameter `id`): The ID of the session.
    ///
    /// # Optional parameters, set on [`GetSessionRequest`]
    ///
    /// - [`expand`](GetSessionRequest::expand) (query parameter `expand`): Related objects to embed in the session, for example `?expand=identity&expand=devices`.
    ///
    /// # Responses
    ///
    /// - `200`: The session. `Session`.
    /// - `400` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    ///
    /// Sends the credentials of `oryAccessToken` when the client has them.
    pub fn get_session(&self, id: impl std::fmt::Display) -> GetSessionRequest<'_> {
        GetSessionRequest {
            client: self,
            call_options: Default::default(),
            expand: None,
            id: id.to_string(),
        }
    }
}

/// A `GET /admin/sessions/{id}` request, started by [`Client::get_session`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct GetSessionRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    expand: Option<Vec<models::GetSessionExpand>>,
    id: String,
}

impl<'a> GetSessionRequest<'a> {
    /// Related objects to embed in the session, for example `?expand=identity&expand=devices`.
    pub fn expand(
        mut self,
        value: impl IntoIterator<Item = impl Into<models::GetSessionExpand>>,
    ) -> Self {
        self.expand = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(self) -> crate::SendFuture<'a, models::Session, models::ErrorGeneric> {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<'a, models::Session, models::ErrorGeneric> {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "getSession",
            path: "/admin/sessions/{id}",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let mut path = String::new();
        path.push_str("/admin/sessions/");
        path.push_str(&crate::path::segment("id", &self.id)?);
        let mut url = self.client.url(&path)?;
        let mut query = crate::query::Query::default();
        if let Some(value) = &self.expand {
            for item in value.iter() {
                query.push("expand", item.as_str());
            }
        }
        let auth = self.client.credentials.authorize_ory_access_token();
        query.apply(&mut url);
        let request = self.client.request(reqwest::Method::GET, url, "application/json");
        Ok(auth.apply(request))
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<Response<models::Session>, Error<models::ErrorGeneric>> {
        match response.status() {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetSessionRequest<'a> {
    type Output = Result<models::Session, Error<models::ErrorGeneric>>;
    type IntoFuture = crate::SendFuture<'a, models::Session, models::ErrorGeneric>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// Deactivate a session
    ///
    /// Marks a session as inactive. The session is kept, not deleted.
    ///
    /// `DELETE /admin/sessions/{id}`
    ///
    /// # Arguments
    ///
    /// - `id` (path parameter `id`): The ID of the session.
    ///
    /// # Responses
    ///
    /// - `204`: The request succeeded and there is no body.
    /// - `400` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `401` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    ///
    /// Sends the credentials of `oryAccessToken` when the client has them.
    pub fn disable_session(
        &self,
        id: impl std::fmt::Display,
    ) -> DisableSessionRequest<'_> {
        DisableSessionRequest {
            client: self,
            call_options: Default::default(),
            id: id.to_string(),
        }
    }
}

/// A `DELETE /admin/sessions/{id}` request, started by [`Client::disable_session`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct DisableSessionRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    id: String,
}

impl<'a> DisableSessionRequest<'a> {
    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(self) -> crate::SendFuture<'a, (), models::ErrorGeneric> {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<'a, (), models::ErrorGeneric> {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "disableSession",
            path: "/admin/sessions/{id}",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let mut path = String::new();
        path.push_str("/admin/sessions/");
        path.push_str(&crate::path::segment("id", &self.id)?);
        let url = self.client.url(&path)?;
        let auth = self.client.credentials.authorize_ory_access_token();
        let request = self
            .client
            .request(reqwest::Method::DELETE, url, "application/json");
        Ok(auth.apply(request))
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<Response<()>, Error<models::ErrorGeneric>> {
        match response.status() {
            200..=299 => Ok(response.into_response().map(|_| ())),
            _ => Err(response.into_error()),
        }
    }
}

impl<'a> std::future::IntoFuture for DisableSessionRequest<'a> {
    type Output = Result<(), Error<models::ErrorGeneric>>;
    type IntoFuture = crate::SendFuture<'a, (), models::ErrorGeneric>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// Extend a session
    ///
    /// Pushes the expiry of a session further out. When the session has an `earliest_possible_extend` time, nothing changes before that time.
    ///
    /// `PATCH /admin/sessions/{id}/extend`
    ///
    /// # Arguments
    ///
    /// - `id` (path parameter `id`): The ID of the session.
    ///
    /// # Responses
    ///
    /// - `200`: The session with its new expiry. `Session`.
    /// - `204`: The session was extended; servers with the faster-extend feature flag answer without the session.
    /// - `400` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `404` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    ///
    /// Sends the credentials of `oryAccessToken` when the client has them.
    pub fn extend_session(
        &self,
        id: impl std::fmt::Display,
    ) -> ExtendSessionRequest<'_> {
        ExtendSessionRequest {
            client: self,
            call_options: Default::default(),
            id: id.to_string(),
        }
    }
}

/// A `PATCH /admin/sessions/{id}/extend` request, started by [`Client::extend_session`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct ExtendSessionRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    id: String,
}

impl<'a> ExtendSessionRequest<'a> {
    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(
        self,
    ) -> crate::SendFuture<'a, Option<models::Session>, models::ErrorGeneric> {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<'a, Option<models::Session>, models::ErrorGeneric> {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "extendSession",
            path: "/admin/sessions/{id}/extend",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let mut path = String::new();
        path.push_str("/admin/sessions/");
        path.push_str(&crate::path::segment("id", &self.id)?);
        path.push_str("/extend");
        let url = self.client.url(&path)?;
        let auth = self.client.credentials.authorize_ory_access_token();
        let request = self
            .client
            .request(reqwest::Method::PATCH, url, "application/json");
        Ok(auth.apply(request))
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<Response<Option<models::Session>>, Error<models::ErrorGeneric>> {
        match response.status() {
            200 => response.json().map(|response| response.map(Some)),
            204 => Ok(response.into_response().map(|_| None)),
            _ => Err(response.into_error()),
        }
    }
}

impl<'a> std::future::IntoFuture for ExtendSessionRequest<'a> {
    type Output = Result<Option<models::Session>, Error<models::ErrorGeneric>>;
    type IntoFuture = crate::SendFuture<
        'a,
        Option<models::Session>,
        models::ErrorGeneric,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// List identity schemas
    ///
    /// Returns one page of the identity schemas the project uses. No API key is needed. A self-hosted Kratos serves this on its public port; its admin port answers with a redirect there.
    ///
    /// `GET /schemas`
    ///
    /// # Optional parameters, set on [`ListIdentitySchemasRequest`]
    ///
    /// - [`per_page`](ListIdentitySchemasRequest::per_page) (query parameter `per_page`): How many items a page holds, in page-number mode (with `page`). Without `page` the server reads it as `page_size`. The server's default: `250`.
    /// - [`page`](ListIdentitySchemasRequest::page) (query parameter `page`): The number of the page to return, counting from 0. Giving it switches the server to page-number mode, which serves at most 1,000 items in all (`page` × `per_page`); token mode (`page_size`, `page_token`) has no such limit and is the default.
    /// - [`page_size`](ListIdentitySchemasRequest::page_size) (query parameter `page_size`): How many items a page holds. The server's default: `250`.
    /// - [`page_token`](ListIdentitySchemasRequest::page_token) (query parameter `page_token`): The position of the page to return: an opaque token from the `Link` header of the previous page. Absent for the first page.
    ///
    /// # Responses
    ///
    /// - `200`: One page of identity schemas. `Vec<IdentitySchemaContainer>`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    pub fn list_identity_schemas(&self) -> ListIdentitySchemasRequest<'_> {
        ListIdentitySchemasRequest {
            client: self,
            call_options: Default::default(),
            per_page: None,
            page: None,
            page_size: None,
            page_token: None,
            resume: None,
        }
    }
}

/// A `GET /schemas` request, started by [`Client::list_identity_schemas`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct ListIdentitySchemasRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    per_page: Option<i64>,
    page: Option<i64>,
    page_size: Option<i64>,
    page_token: Option<String>,
    resume: Option<crate::PageCursor>,
}

impl<'a> ListIdentitySchemasRequest<'a> {
    /// How many items a page holds, in page-number mode (with `page`). Without `page` the server reads it as `page_size`.
    ///
    /// The server's default: `250`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// The number of the page to return, counting from 0. Giving it switches the server to page-number mode, which serves at most 1,000 items in all (`page` × `per_page`); token mode (`page_size`, `page_token`) has no such limit and is the default.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// How many items a page holds.
    ///
    /// The server's default: `250`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }

    /// The position of the page to return: an opaque token from the `Link` header of the previous page. Absent for the first page.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.page_token = Some(value.into());
        self
    }

    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(
        self,
    ) -> crate::SendFuture<
        'a,
        Vec<models::IdentitySchemaContainer>,
        models::ErrorGeneric,
    > {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<
        'a,
        Vec<models::IdentitySchemaContainer>,
        models::ErrorGeneric,
    > {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "listIdentitySchemas",
            path: "/schemas",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let path = "/schemas";
        let mut url = self.client.url(path)?;
        let mut query = crate::query::Query::default();
        if let Some(value) = &self.per_page {
            query.push("per_page", value.to_string());
        }
        if let Some(value) = &self.page {
            query.push("page", value.to_string());
        }
        if let Some(value) = &self.page_size {
            query.push("page_size", value.to_string());
        }
        if let Some(value) = &self.page_token {
            query.push("page_token", value.clone());
        }
        if let Some(cursor) = &self.resume {
            cursor.apply(&mut url);
            query = crate::query::Query::default();
        }
        query.apply(&mut url);
        let request = self.client.request(reqwest::Method::GET, url, "application/json");
        Ok(request)
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<
        Response<Vec<models::IdentitySchemaContainer>>,
        Error<models::ErrorGeneric>,
    > {
        match response.status() {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }

    /// How this operation's pages are found.
    const PAGING: crate::pagination::Paging = crate::pagination::Paging {
        number: None,
        secret: &[],
    };
    /// Asks for the page `cursor` names (a [`Page`](crate::Page)'s `next`,
    /// perhaps stored as text) instead of the first one. The cursor is the
    /// query of the server's next link, so it decides every query
    /// parameter: those set on this builder are not sent.
    pub fn resume(mut self, cursor: crate::PageCursor) -> Self {
        self.resume = Some(cursor);
        self
    }

    /// Sends the request and returns one page: its items, and the cursor
    /// of the next page from the `Link: <…>; rel="next"` header (`None` on
    /// the last page). Pass that cursor to [`resume`](Self::resume) to go
    /// on, now or later.
    pub fn send_page(
        self,
    ) -> crate::PageFuture<'a, models::IdentitySchemaContainer, models::ErrorGeneric> {
        self.send_with_response().page(Self::PAGING)
    }

    /// Every item of every page, as a stream: this request first, then the
    /// page each `rel="next"` link names, as the server wrote it (its query,
    /// on this operation's path), until a page has no next link or no
    /// items. Errors are items of the stream and end it, as does a next
    /// link to another host or to a page the server named before.
    pub fn into_stream(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<models::IdentitySchemaContainer, Error<models::ErrorGeneric>>,
    > + Send + Unpin + 'a {
        let send = move |cursor: Option<crate::PageCursor>| {
            let mut request = self.clone();
            if cursor.is_some() {
                request.resume = cursor;
            }
            request.send_with_response()
        };
        crate::pagination::stream(Box::new(send), Self::PAGING)
    }
}

impl<'a> std::future::IntoFuture for ListIdentitySchemasRequest<'a> {
    type Output = Result<
        Vec<models::IdentitySchemaContainer>,
        Error<models::ErrorGeneric>,
    >;
    type IntoFuture = crate::SendFuture<
        'a,
        Vec<models::IdentitySchemaContainer>,
        models::ErrorGeneric,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl Client {
    /// Get an identity schema
    ///
    /// Returns the JSON Schema document of one identity schema. No API key is needed. A self-hosted Kratos serves this on its public port.
    ///
    /// `GET /schemas/{id}`
    ///
    /// # Arguments
    ///
    /// - `id` (path parameter `id`): The ID of the identity schema.
    ///
    /// # Responses
    ///
    /// - `200`: The identity schema. `serde_json::Value`.
    /// - `404` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    /// - `default` (an [`Error::Api`](crate::Error::Api)): The request failed; the body says why. `ErrorGeneric`.
    pub fn get_identity_schema(
        &self,
        id: impl std::fmt::Display,
    ) -> GetIdentitySchemaRequest<'_> {
        GetIdentitySchemaRequest {
            client: self,
            call_options: Default::default(),
            id: id.to_string(),
        }
    }
}

/// A `GET /schemas/{id}` request, started by [`Client::get_identity_schema`]; `.await` it, or call [`send`](Self::send) or [`send_with_response`](Self::send_with_response).
#[must_use = "a request does nothing until it is sent: `.await` it or call `send()`"]
#[derive(Debug, Clone)]
pub struct GetIdentitySchemaRequest<'a> {
    client: &'a Client,
    call_options: crate::call::CallOptions,
    id: String,
}

impl<'a> GetIdentitySchemaRequest<'a> {
    /// How long this call may take, its retries and their waits
    /// included, instead of the client's timeout.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call_options.timeout = Some(timeout);
        self
    }

    /// When this call is sent again, instead of the client's
    /// [`Retry`](crate::Retry) policy.
    pub fn with_retry(mut self, retry: crate::Retry) -> Self {
        self.call_options.retry = Some(retry);
        self
    }

    /// Sends the request and returns the decoded body.
    pub fn send(self) -> crate::SendFuture<'a, serde_json::Value, models::ErrorGeneric> {
        self.send_with_response().body()
    }

    /// Sends the request and returns the decoded body with the
    /// response's status and headers.
    pub fn send_with_response(
        self,
    ) -> crate::ResponseFuture<'a, serde_json::Value, models::ErrorGeneric> {
        let request = self.build_request();
        let call = crate::call::Call {
            operation: "getIdentitySchema",
            path: "/schemas/{id}",
            options: self.call_options,
        };
        crate::ResponseFuture::new(self.client, request, call, Self::read_response)
    }

    /// The request, as the parameters and body set say.
    fn build_request(&self) -> Result<reqwest::RequestBuilder, crate::InvalidRequest> {
        let mut path = String::new();
        path.push_str("/schemas/");
        path.push_str(&crate::path::segment("id", &self.id)?);
        let url = self.client.url(&path)?;
        let request = self.client.request(reqwest::Method::GET, url, "application/json");
        Ok(request)
    }

    /// The answer, read as its status says.
    fn read_response(
        response: crate::response::RawResponse,
    ) -> Result<Response<serde_json::Value>, Error<models::ErrorGeneric>> {
        match response.status() {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }
}

impl<'a> std::future::IntoFuture for GetIdentitySchemaRequest<'a> {
    type Output = Result<serde_json::Value, Error<models::ErrorGeneric>>;
    type IntoFuture = crate::SendFuture<'a, serde_json::Value, models::ErrorGeneric>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
