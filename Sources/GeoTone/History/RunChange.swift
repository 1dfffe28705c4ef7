/// How a run differs from the complete run before it.
public enum RunChange: String, Sendable, CaseIterable {
    /// No complete run before it.
    case first
    /// Same method, different input fingerprint.
    case data
    /// Same input, different options, lexicon, gazetteer or tool version.
    case method
    /// Both differ.
    case dataAndMethod = "data+method"
    /// Same input and method.
    case none
}

extension RunRecord {
    /// What differs from `previous`: the input data, the method, both, or neither.
    public func change(from previous: RunRecord?) -> RunChange {
        guard let previous else { return .first }
        let data = inputFingerprint != previous.inputFingerprint
        let method = !sameMethod(as: previous)
        switch (data, method) {
        case (true, true): return .dataAndMethod
        case (true, false): return .data
        case (false, true): return .method
        case (false, false): return .none
        }
    }
}
