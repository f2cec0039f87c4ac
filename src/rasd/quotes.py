"""(placeholder, filled by its own module)"""
from .doc import Doc
from .pipeline import stage


@stage("quotes", requires=("tokens", "sentences", "entities"), assigns=("quotes",))
def quotes_stage(doc: Doc) -> None:
    pass
