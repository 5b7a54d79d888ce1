import Syntax

/// `try` and `with`: handler blocks on the frame's block stack, handlers that save and restore
/// the exception being handled, and `finally` bodies compiled on both the normal and the
/// exceptional path.
extension Compiler {
    func compileTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ finalBody: [Stmt]) throws {
        if finalBody.isEmpty {
            try compileTryExcept(body, handlers, orElse)
            return
        }
        let handler = unit.newLabel(), cleanup = unit.newLabel(), end = unit.newLabel()
        unit.emitJump(.setupFinally, to: handler)
        unit.controlBlocks.append(.finallyBody(finalBody))
        if handlers.isEmpty { try compile(body) } else { try compileTryExcept(body, handlers, orElse) }
        unit.controlBlocks.removeLast()
        unit.emit(.popBlock)
        try compile(finalBody)
        unit.emitJump(.jump, to: end)

        // Exceptional path. Stack: [exception].
        unit.bind(handler)
        unit.emit(.pushExcInfo)
        unit.emitJump(.setupCleanup, to: cleanup)
        unit.controlBlocks.append(.finallyHandler)
        try compile(finalBody)
        unit.controlBlocks.removeLast()
        unit.emit(.popBlock)
        unit.emit(.rotTwo)
        unit.emit(.popExcept)
        unit.emit(.reraise)
        emitCleanupHandler(cleanup)
        unit.bind(end)
    }

    /// Stack at the cleanup label: [previous, new exception]: restore, then re-raise.
    func emitCleanupHandler(_ cleanup: Int) {
        unit.bind(cleanup)
        unit.emit(.rotTwo)
        unit.emit(.popExcept)
        unit.emit(.reraise)
    }

    func compileTryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt]) throws {
        for (i, handler) in handlers.enumerated() where handler.type == nil && i < handlers.count - 1 {
            throw error("default 'except:' must be last", at: handler.location)
        }
        let handlerLabel = unit.newLabel(), cleanup = unit.newLabel(), end = unit.newLabel()
        unit.emitJump(.setupExcept, to: handlerLabel)
        unit.controlBlocks.append(.tryBody)
        try compile(body)
        unit.controlBlocks.removeLast()
        unit.emit(.popBlock)
        try compile(orElse)
        unit.emitJump(.jump, to: end)

        // Stack: [exception] -> [previous, exception].
        unit.bind(handlerLabel)
        unit.emit(.pushExcInfo)
        unit.emitJump(.setupCleanup, to: cleanup)
        for handler in handlers {
            setLine(handler.location)
            let next = unit.newLabel()
            if let type = handler.type {
                try compile(type)
                unit.emit(.checkExcMatch)
                unit.emitJump(.popJumpIfFalse, to: next)
            }
            if let name = handler.name { emitName(name, .store) } else { unit.emit(.popTop) }
            unit.controlBlocks.append(.handler)
            try compile(handler.body)
            unit.controlBlocks.removeLast()
            unit.emit(.popBlock)
            if let name = handler.name {
                unit.emit(.loadConst, unit.constant(.none))
                emitName(name, .store)
                emitName(name, .delete)
            }
            unit.emit(.popExcept)
            unit.emitJump(.jump, to: end)
            unit.bind(next)
            if handler.type == nil { break }
        }
        if handlers.last?.type != nil {
            // No handler matched: re-raise (the cleanup block restores the previous exception).
            unit.emit(.reraise)
        }
        emitCleanupHandler(cleanup)
        unit.bind(end)
    }

    /// `with a as x, b as y:` is `with a as x: with b as y:`.
    func compileWith(_ items: ArraySlice<WithItem>, _ body: [Stmt]) throws {
        guard let item = items.first else {
            try compile(body)
            return
        }
        let handler = unit.newLabel(), cleanup = unit.newLabel(), suppress = unit.newLabel(), end = unit.newLabel()
        try compile(item.context)
        // `__enter__` is called by an ordinary call instruction, so a Python `__enter__` runs
        // in the dispatch loop like any method call.
        unit.emit(.beforeWith)
        unit.emit(.callMethod, 0)
        if let target = item.target { try compileStore(target) } else { unit.emit(.popTop) }
        unit.emitJump(.setupFinally, to: handler)
        unit.controlBlocks.append(.with)
        try compileWith(items.dropFirst(), body)
        unit.controlBlocks.removeLast()
        unit.emit(.popBlock)
        emitCallExitWithNones()
        unit.emitJump(.jump, to: end)

        // Stack: [exit, exception] -> [exit, previous, exception].
        unit.bind(handler)
        unit.emit(.pushExcInfo)
        unit.emitJump(.setupCleanup, to: cleanup)
        unit.emit(.withExceptStart)
        unit.emitJump(.popJumpIfTrue, to: suppress)
        unit.emit(.reraise)

        unit.bind(suppress)
        unit.emit(.popBlock)
        unit.emit(.popTop)
        unit.emit(.popExcept)
        unit.emit(.popTop)
        unit.emitJump(.jump, to: end)

        // Stack: [exit, previous, new exception].
        unit.bind(cleanup)
        unit.emit(.rotTwo)
        unit.emit(.popExcept)
        unit.emit(.rotTwo)
        unit.emit(.popTop)
        unit.emit(.reraise)
        unit.bind(end)
    }
}
