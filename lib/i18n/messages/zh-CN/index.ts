import admin from './admin.json';
import api from './api.json';
import applicant from './applicant.json';
import auth from './auth.json';
import caseMessages from './case.json';
import catalogue from './catalogue.json';
import common from './common.json';
import dashboard from './dashboard.json';
import desk from './desk.json';
import drawings from './drawings.json';
import errors from './errors.json';
import home from './home.json';
import keyProjects from './key-projects.json';
import licences from './licences.json';
import mail from './mail.json';
import names from './names.json';
import notices from './notices.json';
import obligations from './obligations.json';
import officer from './officer.json';
import problems from './problems.json';
import onBehalf from './onBehalf.json';
import projects from './projects.json';
import promise from './promise.json';
import ratings from './ratings.json';
import reassign from './reassign.json';
import validation from './validation.json';

const messages = {
  admin,
  api,
  applicant,
  auth,
  case: caseMessages,
  catalogue,
  common,
  dashboard,
  desk,
  drawings,
  errors,
  home,
  keyProjects,
  licences,
  mail,
  names,
  notices,
  obligations,
  officer,
  problems,
  onBehalf,
  projects,
  promise,
  ratings,
  reassign,
  validation,
};

export default messages;
