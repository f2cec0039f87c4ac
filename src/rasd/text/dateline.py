"""(placeholder, filled by its own module)"""
from ..doc import Doc
from ..pipeline import stage


@stage("dateline", requires=("tokens",), assigns=("dateline",))
def dateline_stage(doc: Doc) -> None:
    pass
