/** Finding secrets (access keys, session tokens, passwords, private keys) in a pack, so none is ever handed over. */
package dev.auditpack.secrets;
