//! Run by tests/fastapi.rs inside the client it generates from the running
//! service's own OpenAPI 3.1 document; FASTAPI_URL is where the service is.

use fastapi_client::models::*;
use fastapi_client::{Client, Error};

fn client() -> Client {
    let url = std::env::var("FASTAPI_URL").expect("FASTAPI_URL is set by tests/fastapi.rs");
    Client::builder().base_url(url).build().unwrap()
}

fn pet(name: &str, kind: PetInKind, tags: &[&str]) -> PetIn {
    PetIn {
        name: name.to_owned(),
        kind,
        color: Some(Some(Color::Ginger)),
        born: chrono::NaiveDate::from_ymd_opt(2020, 5, 17).unwrap(),
        tags: Some(tags.iter().map(|t| (*t).to_owned()).collect()),
        scores: Some([("speed".to_owned(), 7)].into()),
    }
}

#[tokio::test]
async fn every_operation_against_the_fastapi_service() {
    let client = client();

    // A JSON body in, a typed body (uuid, date, datetime, enums, map) out.
    let rex = client.create_pet(&pet("Rex", PetInKind::Dog, &["good", "loud"])).await.unwrap();
    assert_eq!(rex.name, "Rex");
    assert_eq!(rex.kind, PetKind::Dog);
    assert_eq!(rex.color, Some(Some(Color::Ginger)));
    assert_eq!(rex.born.to_string(), "2020-05-17");
    assert_eq!(rex.added.to_rfc3339(), "2026-01-02T03:04:05+00:00");
    assert_eq!(rex.scores.as_ref().and_then(|s| s.get("speed")), Some(&7));
    let mut tom = pet("Tom", PetInKind::Cat, &["good"]);
    tom.color = Some(None);
    let tom = client.create_pet(&tom).await.unwrap();
    assert_eq!(tom.color, Some(None), "null is kept apart from absent");

    // A uuid path parameter.
    let found = client.get_pet(rex.id).await.unwrap();
    assert_eq!(found, rex);

    // A list query parameter repeats its key; an optional enum; a header
    // that comes back in the response's headers.
    let good = client.list_pets().tag(["good"]).send().await.unwrap();
    assert_eq!(good.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Rex", "Tom"]);
    let loud_dogs = client.list_pets().tag(["good", "loud"]).kind("dog").await.unwrap();
    assert_eq!(loud_dogs.len(), 1);
    let traced = client.list_pets().limit(1).x_trace("abc").send_with_response().await.unwrap();
    assert_eq!(traced.headers.get("x-trace").unwrap(), "abc");
    assert_eq!(traced.body.len(), 1);

    // A union chosen by its discriminator, both ways.
    let circle = AreaBody::Circle(Circle { shape: CircleShape::Circle, radius: 2.0 });
    assert_eq!(client.area(&circle).await.unwrap().area, 12.0);
    let square = AreaBody::Square(Square { shape: SquareShape::Square, side: 3.0 });
    assert_eq!(client.area(&square).await.unwrap().shape, "square");

    // A form body.
    let token = client
        .login(&BodyLogin { username: "ada".into(), password: "secret".into() })
        .await
        .unwrap();
    assert_eq!(token.token, "t-ada");

    // 204, then 404 with FastAPI's `detail`, and a 422 validation error.
    client.delete_pet(tom.id).await.unwrap();
    let gone = client.get_pet(tom.id).await.unwrap_err();
    assert_eq!(gone.status().map(|s| s.as_u16()), Some(404));
    assert!(gone.to_string().contains("no pet"), "{gone}");
    let invalid = client.get_pet("not-a-uuid").await.unwrap_err();
    assert_eq!(invalid.status().map(|s| s.as_u16()), Some(422));
    let Error::Api(api) = &invalid else { panic!("{invalid:?}") };
    let details = api.body.as_ref().and_then(|b| b.detail.clone()).unwrap_or_default();
    assert_eq!(details.first().map(|d| d.r#type.as_str()), Some("uuid_parsing"), "{details:?}");
}
