"""The public API stays what __all__ says (after httpx's test of the same name)."""

import claimledger


def test_all_is_sorted_and_complete() -> None:
    exported = claimledger.__all__
    assert exported == sorted(exported)
    public = {name for name in vars(claimledger) if not name.startswith("_") and name not in {"annotations"}}
    modules = {name for name in public if type(getattr(claimledger, name)).__name__ == "module"}
    assert public - modules == set(exported) - {"__version__"}


def test_exported_members_are_defined_in_the_package() -> None:
    for name in claimledger.__all__:
        member = getattr(claimledger, name)
        module = getattr(member, "__module__", "claimledger")
        assert module.startswith("claimledger"), name
