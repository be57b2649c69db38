"""A small pet shop, written for the end-to-end test of clients generated
from FastAPI's own OpenAPI 3.1 document (tests/fastapi.rs)."""

import datetime
import enum
import uuid
from typing import Annotated, Literal, Optional, Union

from fastapi import FastAPI, Form, Header, HTTPException, Query, Response
from pydantic import BaseModel, Field

app = FastAPI(title="Pet shop", version="1.0.0")


class Color(str, enum.Enum):
    black = "black"
    white = "white"
    ginger = "ginger"


class PetIn(BaseModel):
    name: str
    kind: Literal["dog", "cat"]
    color: Optional[Color] = None
    born: datetime.date
    tags: list[str] = []
    scores: dict[str, int] = {}


class Pet(PetIn):
    id: uuid.UUID
    added: datetime.datetime


class Circle(BaseModel):
    shape: Literal["circle"]
    radius: float


class Square(BaseModel):
    shape: Literal["square"]
    side: float


Shape = Annotated[Union[Circle, Square], Field(discriminator="shape")]


class Area(BaseModel):
    shape: str
    area: float


class Token(BaseModel):
    token: str
    user: str


PETS: dict[uuid.UUID, Pet] = {}


@app.post("/pets", status_code=201, operation_id="create_pet")
def create_pet(pet: PetIn) -> Pet:
    created = Pet(
        id=uuid.uuid4(),
        added=datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc),
        **pet.model_dump(),
    )
    PETS[created.id] = created
    return created


@app.get("/pets", operation_id="list_pets")
def list_pets(
    tag: Annotated[list[str], Query()] = [],
    kind: Optional[Literal["dog", "cat"]] = None,
    limit: int = 10,
    x_trace: Annotated[Optional[str], Header()] = None,
    response: Response = None,
) -> list[Pet]:
    if x_trace is not None:
        response.headers["x-trace"] = x_trace
    found = [
        p
        for p in PETS.values()
        if all(t in p.tags for t in tag) and (kind is None or p.kind == kind)
    ]
    return sorted(found, key=lambda p: p.name)[:limit]


@app.get("/pets/{pet_id}", operation_id="get_pet", responses={404: {"description": "No such pet"}})
def get_pet(pet_id: uuid.UUID) -> Pet:
    if pet_id not in PETS:
        raise HTTPException(status_code=404, detail=f"no pet {pet_id}")
    return PETS[pet_id]


@app.delete("/pets/{pet_id}", status_code=204, operation_id="delete_pet")
def delete_pet(pet_id: uuid.UUID) -> Response:
    if PETS.pop(pet_id, None) is None:
        raise HTTPException(status_code=404, detail=f"no pet {pet_id}")
    return Response(status_code=204)


@app.post("/area", operation_id="area")
def area(shape: Shape) -> Area:
    if isinstance(shape, Circle):
        return Area(shape="circle", area=3.0 * shape.radius * shape.radius)
    return Area(shape="square", area=shape.side * shape.side)


@app.post("/login", operation_id="login")
def login(username: Annotated[str, Form()], password: Annotated[str, Form()]) -> Token:
    if password != "secret":
        raise HTTPException(status_code=401, detail="wrong password")
    return Token(token="t-" + username, user=username)
