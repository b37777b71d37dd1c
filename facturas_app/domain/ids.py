import uuid


def new_id() -> str:
    """Ids are made in the domain (the legal number is separate and assigned at issue)."""
    return str(uuid.uuid4())
