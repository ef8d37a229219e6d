"""claimledger: turn conflict reporting into a checked, reviewable ledger of claims.

>>> import claimledger
>>> sorted(claimledger.__all__) == claimledger.__all__
True
"""

from claimledger.check import check
from claimledger.errors import ClaimLedgerError
from claimledger.extract import extract
from claimledger.ledger import Ledger

__version__ = "0.1.0"

__all__ = ["ClaimLedgerError", "Ledger", "__version__", "check", "extract"]
