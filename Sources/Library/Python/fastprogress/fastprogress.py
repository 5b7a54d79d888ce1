"""fastprogress's bars as fastprogress draws them.

In a Jupyter front end (IPython's shell is `ZMQInteractiveShell`) a bar is an HTML <progress>
display updated in place through a display handle. Elsewhere it is the console bar, redrawn on
one line with `\\r`. fastprogress means to draw the console bar only on a terminal (its
`printing()` tests `stdout.isatty`, though it forgets to call it); here the test is made, so
output sent to a pipe, a file or a stored notebook gets the epoch table without bar frames."""

import shutil
import sys
import time

NO_BAR = False
WRITER_FN = print
FLUSH = True
MAX_COLS = 160

def format_time(t):
    "Format `t` (in seconds) to (h):mm:ss"
    t = int(t)
    h, m, s = t // 3600, (t // 60) % 60, t % 60
    if h != 0:
        return f'{h}:{m:02d}:{s:02d}'
    return f'{m:02d}:{s:02d}'

def in_notebook():
    "True in a Jupyter front end that updates displays in place"
    try:
        import IPython
        shell = IPython.get_ipython()
    except Exception:
        return False
    return shell is not None and type(shell).__name__ == 'ZMQInteractiveShell'

def printing():
    "`True` if the console bar should draw itself"
    if NO_BAR:
        return False
    isatty = getattr(sys.stdout, 'isatty', None)
    if isatty is None:
        # Tessera's stdout has no isatty: its host says whether output goes to a terminal.
        isatty = getattr(sys, '_tessera_colour_terminal', None)
    try:
        return bool(isatty()) if isatty is not None else False
    except Exception:
        return False

def _terminal_columns():
    # shutil.get_terminal_size((100, 40)): $COLUMNS, then the terminal, then 100.
    get = getattr(shutil, 'get_terminal_size', None)
    if get is not None:
        return get((100, 40))[0]
    import os
    try:
        return int(os.environ.get('COLUMNS', '100'))
    except ValueError:
        return 100

class ProgressBar:
    update_every, first_its, lt = 0.2, 5, '<'

    def __init__(self, gen, total=None, display=True, leave=True, parent=None, master=None, comment=''):
        self.gen, self.parent, self.master, self.comment = gen, parent, master, comment
        self.total = None if total == 'noinfer' else len(gen) if total is None else total
        if parent is None:
            self.leave, self.display = leave, display
        else:
            self.leave, self.display = False, False
            parent.add_child(self)
        self.last_v = None

    def on_iter_begin(self):
        if self.master is not None:
            self.master.on_iter_begin()

    def on_interrupt(self):
        if self.master is not None:
            self.master.on_interrupt()

    def on_iter_end(self):
        if self.master is not None:
            self.master.on_iter_end()

    def on_update(self, val, text):
        pass

    def __iter__(self):
        if self.total != 0:
            self.update(0)
        i = -1
        try:
            for i, o in enumerate(self.gen):
                if self.total and i >= self.total:
                    break
                yield o
                self.update(i + 1)
            if self.total is None and self.last_v is not None:
                self.total = i + 1
                self.update(self.total)
        except Exception as e:
            self.on_interrupt()
            raise e

    def update(self, val):
        if self.last_v is None:
            self.on_iter_begin()
            self.last_v = 0
        if val == 0:
            self.start_t = self.last_t = time.time()
            self.pred_t, self.last_v, self.wait_for = None, 0, 1
            self.update_bar(0)
        elif val <= self.first_its or val >= self.last_v + self.wait_for or (self.total and val >= self.total):
            cur_t = time.time()
            avg_t = (cur_t - self.start_t) / val
            self.wait_for = max(int(self.update_every / (avg_t + 1e-8)), 1)
            self.pred_t = None if self.total is None else avg_t * self.total
            self.last_v, self.last_t = val, cur_t
            self.update_bar(val)
            if self.total is not None and val >= self.total:
                self.on_iter_end()
                self.last_v = None

    def update_bar(self, val):
        if self.total == 0:
            return self.on_update(0, '100% [0/0]')
        pct = '' if self.total is None else f'{100 * val / self.total:.2f}% '
        tot = '?' if self.total is None else str(self.total)
        elapsed_t = self.last_t - self.start_t
        remaining_t = '?' if self.pred_t is None else format_time(self.pred_t - elapsed_t)
        elapsed_t = format_time(elapsed_t)
        end = f'... {self.comment}' if self.comment else ''
        self.on_update(val, f'{pct}[{val}/{tot} {elapsed_t}{self.lt}{remaining_t}{end}]')

class MasterBar(ProgressBar):
    def __init__(self, gen, cls, total=None):
        self.main_bar = cls(gen, total=total, display=False, master=self)

    def on_iter_begin(self): pass
    def on_interrupt(self): pass
    def on_iter_end(self): pass
    def add_child(self, child): pass
    def write(self, line, table=False): pass
    def update_graph(self, graphs, x_bounds=None, y_bounds=None): pass
    def show_imgs(self, *args, **kwargs): pass

    def __iter__(self):
        yield from self.main_bar

    def update(self, val):
        self.main_bar.update(val)

class ConsoleProgressBar(ProgressBar):
    fill = '█'
    end = ''

    def __init__(self, gen, total=None, display=True, leave=True, parent=None, master=None, txt_len=60):
        self.cols = _terminal_columns()
        if self.cols > MAX_COLS:
            self.cols = MAX_COLS
        self.length = self.cols - txt_len
        self.max_len, self.prefix = 0, ''
        super().__init__(gen, total, display, leave, parent, master)

    def on_interrupt(self):
        super().on_interrupt()
        self.on_iter_end()

    def on_iter_end(self):
        if not self.leave and printing():
            print(f'\r{self.prefix}' + ' ' * (self.max_len - len(f'\r{self.prefix}')), end='\r', flush=FLUSH)
        super().on_iter_end()

    def on_update(self, val, text):
        if self.display:
            if self.length > self.cols - len(text) - len(self.prefix) - 4:
                self.length = self.cols - len(text) - len(self.prefix) - 4
            filled_len = int(self.length * val // self.total) if self.total else 0
            bar = self.fill * filled_len + '-' * (self.length - filled_len)
            to_write = f'\r{self.prefix} |{bar}| {text}'
            if len(to_write) > self.max_len:
                self.max_len = len(to_write)
            if printing():
                WRITER_FN(to_write, end='', flush=FLUSH)

class ConsoleMasterBar(MasterBar):
    def __init__(self, gen, total=None, hide_graph=False, order=None, clean_on_interrupt=False, total_time=False):
        super().__init__(gen, ConsoleProgressBar, total)
        self.total_time = total_time

    def add_child(self, child):
        self.child = child
        v = 0 if self.main_bar.last_v is None else self.main_bar.last_v
        self.child.prefix = f'Epoch {v + 1}/{self.main_bar.total} :'
        self.child.display = True

    def write(self, line, table=False):
        if table:
            text = ''
            if not hasattr(self, 'names'):
                self.names = [name + ' ' * (8 - len(name)) if len(name) < 8 else name for name in line]
                text = '  '.join(self.names)
            else:
                for t, name in zip(line, self.names):
                    text += t + ' ' * (2 + len(name) - len(t))
            if printing():
                # The bar line may still hold a frame: clear it so the row starts clean.
                WRITER_FN('\r', end='')
            WRITER_FN(text)
        else:
            WRITER_FN(line)

    def progress(self, *args, **kwargs):
        return ConsoleProgressBar(*args, parent=self, **kwargs)

def html_progress_bar(value, total, label, interrupted=False):
    "Html code for a progress bar `value`/`total` with `label`"
    bar_style = 'progress-bar-interrupted' if interrupted else ''
    val = '' if total is None else f"value='{value}'"
    return f"""
    <div>
      <progress {val} class='{bar_style}' max='{total}' style='width:300px; height:20px; vertical-align: middle;'></progress>
      {label}
    </div>
    """

def text2html_table(items):
    "Put the texts in `items` in an HTML table."
    html_code = """<table border="1" class="dataframe">\n"""
    html_code += """  <thead>\n    <tr style="text-align: left;">\n"""
    for i in items[0]:
        html_code += f"      <th>{i}</th>\n"
    html_code += "    </tr>\n  </thead>\n  <tbody>\n"
    for line in items[1:]:
        html_code += "    <tr>\n"
        for i in line:
            html_code += f"      <td>{i}</td>\n"
        html_code += "    </tr>\n"
    html_code += "  </tbody>\n</table><p>"
    return html_code

def _html(text):
    from IPython.display import HTML
    return HTML(text)

def _display(text):
    from IPython.display import display
    return display(_html(text), display_id=True)

class NBProgressBar(ProgressBar):
    def on_iter_begin(self):
        super().on_iter_begin()
        self.progress = html_progress_bar(0, self.total, "")
        if self.display:
            self.out = _display(self.progress)
        self.is_active = True

    def on_interrupt(self):
        self.on_update(0, 'Interrupted', interrupted=True)
        super().on_interrupt()
        self.on_iter_end()

    def on_iter_end(self):
        if not self.leave and self.display:
            self.out.update(_html(''))
        self.is_active = False
        super().on_iter_end()

    def on_update(self, val, text, interrupted=False):
        self.progress = html_progress_bar(val, self.total, text, interrupted)
        if self.display:
            self.out.update(_html(self.progress))
        elif self.parent is not None:
            self.parent.show()

class NBMasterBar(MasterBar):
    def __init__(self, gen, total=None, hide_graph=False, order=None, clean_on_interrupt=False, total_time=False):
        super().__init__(gen, NBProgressBar, total)
        if order is None:
            order = ['pb1', 'text', 'pb2']
        self.hide_graph, self.order, self.clean_on_interrupt, self.total_time = hide_graph, order, clean_on_interrupt, total_time
        self.report, self.lines, self.text = [], [], ''
        self.inner_dict = {'pb1': self.main_bar, 'text': self.text}

    def on_iter_begin(self):
        self.html_code = '\n'.join([html_progress_bar(0, self.main_bar.total, ""), ""])
        self.out = _display(self.html_code)

    def on_interrupt(self):
        if self.clean_on_interrupt:
            self.out.update(_html(''))

    def on_iter_end(self):
        total_time = format_time(time.time() - self.main_bar.start_t)
        if self.total_time:
            self.out.update(_html(f'Total time: {total_time} <p>' + self.text))
        else:
            self.out.update(_html(self.text))

    def add_child(self, child):
        self.child = child
        self.inner_dict['pb2'] = self.child

    def show(self):
        self.inner_dict['text'] = self.text
        to_show = [name for name in self.order if name in self.inner_dict.keys()]
        parts = [self.inner_dict[n] if n == 'text' else self.inner_dict[n].progress for n in to_show]
        self.out.update(_html('\n'.join(parts)))

    def write(self, line, table=False):
        if not table:
            self.text += line + "<p>"
        else:
            self.lines.append(line)
            self.text = text2html_table(self.lines)

    def progress(self, *args, **kwargs):
        return NBProgressBar(*args, parent=self, **kwargs)

def master_bar(gen, total=None, hide_graph=False, order=None, clean_on_interrupt=False, total_time=False):
    "The master bar of the front end in use: HTML in Jupyter, the console bar elsewhere"
    cls = NBMasterBar if in_notebook() else ConsoleMasterBar
    return cls(gen, total=total, hide_graph=hide_graph, order=order, clean_on_interrupt=clean_on_interrupt, total_time=total_time)

def progress_bar(gen, total=None, display=True, leave=True, parent=None, master=None, comment=''):
    "A progress bar over `gen`: HTML in Jupyter, the console bar elsewhere"
    if parent is not None:
        return parent.progress(gen, total=total, display=display, leave=leave)
    if in_notebook():
        return NBProgressBar(gen, total=total, display=display, leave=leave, master=master, comment=comment)
    return ConsoleProgressBar(gen, total=total, display=display, leave=leave, master=master)

def force_console_behavior():
    "Return the console progress bars"
    return ConsoleMasterBar, ConsoleProgressBar
