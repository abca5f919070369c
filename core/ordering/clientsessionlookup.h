#pragma once

#include "core/ordering/orderservice.h"
#include "core/seqr/types.h"

namespace kassa::seqr {
class SeqrClient;
}

namespace kassa::ordering {

// OrderService's lookup through SEQR's getClientSessionInfo: what SEQR said
// about a TOKEN, as a ClientSession. Any refusal of the key (a result code
// other than 0) means "scan the code again"; SEQR out of reach or answering
// unreadably means "try again". `client` must outlive the lookups.
OrderService::Lookup clientSessionLookup(seqr::SeqrClient *client);

// The rule above for one answer (tested without a network).
ClientSession::Status clientSessionStatus(bool answered, bool refused,
                                          seqr::ClientSessionStatus status);

} // namespace kassa::ordering
