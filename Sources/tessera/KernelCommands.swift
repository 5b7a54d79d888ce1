import ArgumentParser
import Foundation
import Interpreter
import JupyterKernel
import Kernel

/// `tessera kernel`: Tessera as a Jupyter kernel (`-f FILE`, what the kernelspec runs), and the
/// commands that register it with Jupyter.
struct KernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kernel",
        _superCommandName: "tessera",
        abstract: "Run Tessera as a Jupyter kernel, or install its kernelspec.",
        discussion: """
            To use Tessera in JupyterLab, Notebook, VS Code or jupyter console:
              tessera kernel install        (then pick "Tessera" in the launcher)
            """,
        subcommands: [RunKernel.self, InstallKernel.self, UninstallKernel.self],
        defaultSubcommand: RunKernel.self)
}

struct RunKernel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the kernel for a front end (the kernelspec's command).")

    @Option(name: .customShort("f"), help: "The connection file the front end wrote.")
    var connectionFile: String

    func run() throws {
        let connection: ConnectionInfo
        do {
            connection = try ConnectionInfo.load(path: connectionFile)
        } catch {
            FileOutput.standardError.write("tessera kernel: cannot read the connection file \(connectionFile): \(error)\n")
            throw ExitCode(ExitStatus.usageError)
        }
        let server: KernelServer
        do {
            server = try KernelServer(connection: connection, listeners: InheritedListeners.takeFromEnvironment(), identity: .init(
                version: TesseraVersion.current,
                banner: "Tessera \(TesseraVersion.current): a Python subset with a PyTorch-compatible tensor library"))
        } catch {
            FileOutput.standardError.write("tessera kernel: \(error)\n")
            throw ExitCode(ExitStatus.runtimeError)
        }
        // Ready for the front end's kernel_info while the session is being made.
        server.start()
        let paths = KernelPaths.fromEnvironment()
        let workingDirectory = FileManager.default.currentDirectoryPath
        // Signal interrupt mode: Jupyter sends SIGINT, which sets the interpreter's flag (a
        // running cell raises KeyboardInterrupt; an idle kernel ignores it, since every cell
        // clears the flag when it starts).
        InterruptSignal.install()
        let status = InterpreterThread.runHandlingInterrupts {
            let session = Composition.makeSession(interruptFlag: InterruptSignal.flag)
            session.interpreter.searchPaths = [workingDirectory]
            session.history = HistoryStore(path: paths.historyPath, warn: { FileOutput.standardError.write($0 + "\n") })
            let status = server.serve(session, workspaceHome: paths.home)
            session.history?.close()
            return status
        }
        if status != 0 { throw ExitCode(status) }
    }
}

/// Where `install` and `uninstall` put the kernelspec.
struct KernelSpecLocation: ParsableArguments {
    @Flag(name: .long, help: "Install for the current user (the default): $JUPYTER_DATA_DIR, else ~/.local/share/jupyter.")
    var user = false

    @Option(name: .long, help: "Install under PREFIX/share/jupyter/kernels (a virtual environment or conda prefix).")
    var prefix: String?

    @Option(name: .long, help: "The kernel's name (its folder, and what --kernel picks).")
    var name = "tessera"

    func validate() throws {
        if user && prefix != nil { throw ValidationError("--user and --prefix are exclusive") }
        if !KernelSpec.isValidName(name) { throw ValidationError("the kernel name may hold only letters, digits, '.', '_' and '-'") }
    }

    var kernelsDirectory: String {
        KernelSpec.kernelsDirectory(prefix: prefix.map(absolutePath))
    }
}

struct InstallKernel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install the kernelspec so Jupyter front ends list Tessera.")

    @OptionGroup var location: KernelSpecLocation

    @Option(name: .long, help: "The name front ends show.")
    var displayName = "Tessera"

    func run() throws {
        // The kernelspec runs this very binary, wherever it was started from, through the
        // launcher built beside it when there is one (it listens on the kernel's ports sooner).
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? absolutePath(CommandLine.arguments[0])
        let launcher = (executable as NSString).deletingLastPathComponent + "/tessera-launch"
        let command = FileManager.default.isExecutableFile(atPath: launcher) ? launcher : executable
        do {
            let folder = try KernelSpec(executable: command, displayName: displayName)
                .install(into: location.kernelsDirectory, name: location.name.lowercased())
            print("Installed kernelspec \(location.name.lowercased()) in \(folder)")
        } catch {
            FileOutput.standardError.write("tessera kernel install: \(error)\n")
            throw ExitCode(ExitStatus.runtimeError)
        }
    }
}

struct UninstallKernel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uninstall",
        abstract: "Remove the kernelspec that install wrote.")

    @OptionGroup var location: KernelSpecLocation

    func run() throws {
        let name = location.name.lowercased()
        do {
            if try KernelSpec.uninstall(from: location.kernelsDirectory, name: name) {
                print("Removed kernelspec \(name) from \(location.kernelsDirectory)")
            } else {
                FileOutput.standardError.write("tessera kernel uninstall: no kernelspec \(name) in \(location.kernelsDirectory)\n")
                throw ExitCode(ExitStatus.runtimeError)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            FileOutput.standardError.write("tessera kernel uninstall: \(error)\n")
            throw ExitCode(ExitStatus.runtimeError)
        }
    }
}
