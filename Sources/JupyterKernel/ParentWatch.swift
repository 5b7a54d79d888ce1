import Foundation

/// Ends the kernel when the front end that started it dies, as ipykernel's `ParentPollerUnix`
/// does: jupyter_client puts its pid in `JPY_PARENT_PID`, and once this process has another
/// parent (it was re-parented to init or a subreaper) nobody can shut it down any more.
enum ParentWatch {
    static func start(environment: [String: String], log: @escaping (String) -> Void) {
        guard let text = environment["JPY_PARENT_PID"], let given = Int32(text), given > 1 else { return }
        // A parent that is not ours already (the variable was inherited from further up) is
        // watched as ipykernel does: the kernel ends when it becomes init's child.
        let parent = getppid() == given ? given : 0
        let thread = Thread {
            while true {
                let current = getppid()
                if (parent == 0 && current == 1) || (parent != 0 && current != parent) {
                    log("the front end (pid \(given)) has exited; shutting down")
                    exit(1)
                }
                Thread.sleep(forTimeInterval: 1)
            }
        }
        thread.name = "jupyter-parent-watch"
        thread.start()
    }
}
