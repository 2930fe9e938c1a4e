;;; harness.el --- drives the Emacs setup from docs/editors.md headless  -*- lexical-binding: t -*-
;;
;; run.sh writes the documented block to $POSTMORTEM_EMACS_CONFIG; this loads it as an init file
;; would, opens a copy of the seed, and records the diagnostics the server publishes and the
;; ones Flymake shows. Every wait is on a condition (accept-process-output), never a fixed sleep.

(require 'json)

(defvar postmortem-test-published nil "Diagnostics params the server published, newest first.")
(defvar postmortem-test-timeout 30 "Seconds to wait for each step.")

(defun postmortem-test-finish (ok result)
  (with-temp-file (getenv "POSTMORTEM_EMACS_OUT")
    (insert (json-encode (append (list (cons 'ok (if ok t :json-false))) result))))
  (kill-emacs (if ok 0 1)))

(defun postmortem-test-wait (condition)
  "Process server output until CONDITION holds or the timeout passes."
  (let ((deadline (+ (float-time) postmortem-test-timeout)))
    (while (and (not (funcall condition)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall condition)))

(condition-case failure
    (progn
      ;; An interactive Emacs activates the installed packages (Debian's elpa-*) at startup; a
      ;; batch Emacs does not, so this does it once, as startup would.
      (package-activate-all)
      (load (getenv "POSTMORTEM_EMACS_CONFIG") nil t)
      (advice-add 'eglot-handle-notification :before
                  (lambda (_server method &rest params)
                    (when (string= (format "%s" method) "textDocument/publishDiagnostics")
                      (push params postmortem-test-published))))
      (find-file (getenv "POSTMORTEM_EMACS_FILE"))
      (unless (derived-mode-p 'markdown-mode)
        (postmortem-test-finish nil `((reason . ,(format "the seed opened in %s, not markdown-mode" major-mode)))))
      ;; eglot-ensure connects after the command that opened the file, from post-command-hook,
      ;; which a batch Emacs never runs on its own.
      (run-hooks 'post-command-hook)
      (unless (postmortem-test-wait (lambda () (and (fboundp 'eglot-current-server) (eglot-current-server))))
        (postmortem-test-finish nil '((reason . "no Eglot server for the markdown buffer"))))
      (unless (postmortem-test-wait (lambda () postmortem-test-published))
        (postmortem-test-finish nil '((reason . "the server published no diagnostics"))))
      (let* ((params (car postmortem-test-published))
             (codes (mapcar (lambda (d) (plist-get d :code)) (plist-get params :diagnostics))))
        ;; Flymake shows what Eglot hands it once its check runs (on a timer after the change).
        (flymake-start)
        (postmortem-test-wait (lambda () (>= (length (flymake-diagnostics)) (length codes))))
        (postmortem-test-finish t `((codes . ,(vconcat codes))
                                    (shown . ,(length (flymake-diagnostics)))
                                    (emacs . ,emacs-version)
                                    (eglot . ,(let ((package (cadr (assq 'eglot package-alist))))
                                               (if package (package-version-join (package-desc-version package)) "built in")))))))
  (error (postmortem-test-finish nil `((reason . ,(error-message-string failure))))))
